package vn.sotay.provisioning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Repository of list validation issues. */
public interface ListIssues extends JpaRepository<ListIssueEntry, Long> {

    @Query("select i from ListIssueEntry i where i.listId = :listId order by i.rowNumber, i.id")
    List<ListIssueEntry> findByList(long listId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ListIssueEntry i where i.listId = :listId")
    int deleteByList(long listId);

    @Modifying
    @Query("delete from ListIssueEntry i where i.listId = :listId and i.rowNumber in :rowNumbers")
    int deleteRows(long listId, java.util.Collection<Integer> rowNumbers);
}
