package vn.sotay.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Repository of issuance jobs. */
public interface IssuanceJobs extends JpaRepository<IssuanceJob, Long> {

    Optional<IssuanceJob> findByListId(long listId);

    List<IssuanceJob> findByStatusIn(Collection<IssuanceJob.Status> statuses);

    /** Adds a chunk's counts and beats the heart, without a version check: several workers report at once. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("""
            update IssuanceJob j set j.processed = j.processed + :done, j.skipped = j.skipped + :skipped,
            j.heartbeatAt = :now where j.id = :id""")
    int progressed(long id, int done, int skipped, java.time.Instant now);
}
