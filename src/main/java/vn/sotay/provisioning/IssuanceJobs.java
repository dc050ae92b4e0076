package vn.sotay.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of issuance jobs. */
public interface IssuanceJobs extends JpaRepository<IssuanceJob, Long> {

    Optional<IssuanceJob> findByListId(long listId);

    List<IssuanceJob> findByStatusIn(Collection<IssuanceJob.Status> statuses);
}
