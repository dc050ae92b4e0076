package vn.sotay.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository of accounts. */
public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByOfficeAdminTrue();

    @Query(value = """
            select a from Account a where (:q = '' or a.fullNameFolded like concat('%', :q, '%') or a.username like concat('%', :q, '%'))
            and (:scopePath is null or a.organizationId in (select o.id from vn.sotay.organization.Organization o where o.path like concat(:scopePath, '%')))
            and (:orgPath is null or a.organizationId in (select o.id from vn.sotay.organization.Organization o where o.path like concat(:orgPath, '%')))
            and (:status = '' or (:status = 'DISABLED' and a.enabled = false)
                 or (:status = 'ACTIVATED' and a.enabled = true and a.activatedAt is not null)
                 or (:status = 'NOT_ACTIVATED' and a.enabled = true and a.activatedAt is null))
            """)
    Page<Account> search(String q, String scopePath, String orgPath, String status, Pageable pageable);

    @Query("select a.username from Account a where a.username in :usernames")
    java.util.List<String> findExistingUsernames(java.util.Collection<String> usernames);

    @Query("select lower(a.email) from Account a where lower(a.email) in :emails")
    java.util.List<String> findExistingEmails(java.util.Collection<String> emails);

    @Query("select a.credentialsVersion from Account a where a.id = :id and a.enabled = true")
    Optional<Integer> findActiveCredentialsVersion(long id);
}
