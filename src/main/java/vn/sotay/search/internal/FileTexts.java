package vn.sotay.search.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.sotay.search.ExtractionState;

/** Repository of the files' texts; a file without a row is one the pipeline has not seen yet. */
interface FileTexts extends JpaRepository<FileText, Long> {

    @Modifying
    @Query(value = "insert into search_file_text (file_id, document_id, state, chars, cut, attempts, updated_at)"
            + " select f.id, f.document_id, 'PENDING', 0, false, 0, :now from document_file f"
            + " where not exists (select 1 from search_file_text t where t.file_id = f.id)", nativeQuery = true)
    int discoverNewFiles(Instant now);

    @Query("select t from FileText t where t.state = :state order by t.fileId")
    List<FileText> inState(ExtractionState state, Pageable pageable);

    @Query("select t from FileText t where t.documentId = :documentId and t.content is not null order by t.fileId")
    List<FileText> readOf(long documentId);

    @Query("select t from FileText t where t.documentId = :documentId order by t.fileId")
    List<FileText> ofDocument(long documentId);

    @Query("select t.state, count(t) from FileText t group by t.state")
    List<Object[]> countByState();

    @Modifying
    @Query("update FileText t set t.state = vn.sotay.search.ExtractionState.PENDING, t.attempts = 0"
            + " where t.state = vn.sotay.search.ExtractionState.NEEDS_OCR")
    int retryNeedingOcr();
}
