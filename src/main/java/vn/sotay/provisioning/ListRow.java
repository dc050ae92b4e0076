package vn.sotay.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.sotay.provisioning.internal.MemberRow;

/**
 * One member of a list as validated. {@code issuedAccountId} is set in the same transaction that creates the
 * account and queues its e-mail: a row with it is done, whatever happens to the job afterwards.
 */
@Entity
@Table(name = "member_list_row")
public class ListRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_list_row_seq")
    @SequenceGenerator(name = "member_list_row_seq", sequenceName = "member_list_row_seq", allocationSize = 50)
    private Long id;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(name = "row_number", nullable = false)
    private int rowNumber;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "card_number", nullable = false)
    private String cardNumber;

    @Column(name = "birth_date")
    private String birthDate;

    private String gender;
    private String email;
    private String phone;

    @Column(name = "joined_on")
    private String joinedOn;

    @Column(name = "official_on")
    private String officialOn;

    @Column(name = "organization_code")
    private String organizationCode;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "issued_account_id")
    private Long issuedAccountId;

    @Column(name = "issue_error")
    private String issueError;

    @Version
    private long version;

    protected ListRow() {
    }

    ListRow(long listId, MemberRow row) {
        this.listId = listId;
        this.rowNumber = row.row();
        this.fullName = cut(row.fullName(), 300);
        this.cardNumber = cut(row.cardNumber(), 64);
        this.birthDate = cut(row.birthDate() != null ? row.birthDate().toString() : row.birthDateText(), 40);
        this.gender = cut(row.gender(), 40);
        this.email = cut(row.email(), 300);
        this.phone = cut(row.phone(), 60);
        this.joinedOn = cut(row.joinedOn() != null ? row.joinedOn().toString() : row.joinedOnText(), 40);
        this.officialOn = cut(row.officialOn() != null ? row.officialOn().toString() : row.officialOnText(), 40);
        this.organizationCode = cut(row.organizationCode(), 100);
        this.organizationId = row.organizationId();
    }

    /** Over-long values are errors already (the report says so); they are kept shortened, never crash the upload. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    void issued(long accountId) {
        this.issuedAccountId = accountId;
    }

    void skipped(String reason) {
        this.issuedAccountId = -1L;
        this.issueError = reason;
    }

    public Long getId() {
        return id;
    }

    public long getListId() {
        return listId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public String getGender() {
        return gender;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public String getOfficialOn() {
        return officialOn;
    }

    public String getOrganizationCode() {
        return organizationCode;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getIssuedAccountId() {
        return issuedAccountId;
    }

    public String getIssueError() {
        return issueError;
    }
}
