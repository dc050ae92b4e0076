package vn.sotay.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.sotay.provisioning.internal.ListIssue;

/** A stored validation error or warning of a list, for its report. */
@Entity
@Table(name = "member_list_issue")
public class ListIssueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_list_issue_seq")
    @SequenceGenerator(name = "member_list_issue_seq", sequenceName = "member_list_issue_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(name = "row_number", nullable = false)
    private int rowNumber;

    @Column(name = "column_name")
    private String columnName;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String message;

    @Column(nullable = false)
    private boolean error;

    protected ListIssueEntry() {
    }

    ListIssueEntry(long listId, ListIssue issue) {
        this.listId = listId;
        this.rowNumber = issue.row();
        this.columnName = issue.column();
        this.code = issue.code();
        this.message = issue.message();
        this.error = issue.error();
    }

    public ListIssue toIssue() {
        return new ListIssue(rowNumber, columnName, code, message, error);
    }
}
