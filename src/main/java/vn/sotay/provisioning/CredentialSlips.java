package vn.sotay.provisioning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Repository of credential slips. */
public interface CredentialSlips extends JpaRepository<CredentialSlip, Long> {

    @Query("select s from CredentialSlip s where s.printedAt is null and (:all = true or s.organizationId in :organizations) "
            + "order by s.organizationId, s.fullName")
    List<CredentialSlip> findPending(boolean all, Collection<Long> organizations);

    /** A re-issue makes earlier unprinted slips of the account worthless. */
    @Modifying
    @Query("delete from CredentialSlip s where s.username = :username and s.printedAt is null")
    int deletePending(String username);

    @Query("select s.username from CredentialSlip s where s.printedAt is not null and s.username in :usernames")
    List<String> findPrinted(Collection<String> usernames);
}
