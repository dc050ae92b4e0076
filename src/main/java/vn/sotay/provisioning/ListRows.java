package vn.sotay.provisioning;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Repository of list rows. */
public interface ListRows extends JpaRepository<ListRow, Long> {

    Page<ListRow> findByListIdOrderByRowNumber(long listId, Pageable pageable);

    List<ListRow> findByListIdOrderByRowNumber(long listId);

    /**
     * The next rows still to issue of partition {@code part} of {@code parts} (by row number) after row
     * {@code afterRow}, in order: a cursor, so issued rows are not scanned again.
     */
    @Query("""
            select r from ListRow r where r.listId = :listId and r.rowNumber > :afterRow and r.issuedAccountId is null
            and mod(r.rowNumber, :parts) = :part order by r.rowNumber""")
    List<ListRow> findPending(long listId, int afterRow, int parts, int part, Pageable pageable);

    @Query("select count(r) from ListRow r where r.listId = :listId and r.issuedAccountId is not null")
    long countDone(long listId);

    @Query("select count(r) from ListRow r where r.listId = :listId and r.issuedAccountId = -1")
    long countSkipped(long listId);

    long countByListId(long listId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("delete from ListRow r where r.listId = :listId")
    int deleteByList(long listId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from ListRow r where r.listId = :listId and r.rowNumber in :rowNumbers")
    int deleteRows(long listId, java.util.Collection<Integer> rowNumbers);
}
