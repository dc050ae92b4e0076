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

    /** The next rows still to issue, in order. */
    @Query("select r from ListRow r where r.listId = :listId and r.issuedAccountId is null order by r.rowNumber")
    List<ListRow> findPending(long listId, Pageable pageable);

    long countByListId(long listId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from ListRow r where r.listId = :listId and r.rowNumber in :rowNumbers")
    int deleteRows(long listId, java.util.Collection<Integer> rowNumbers);
}
