package vn.sotay.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One Party organisation. {@code path} holds the ids from the root down to this one ("/1/51/101/"),
 * so that a subtree is one indexed prefix query.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 50)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 2000)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organization() {
    }

    public Organization(String code, String name) {
        this.code = code;
        this.name = name;
        this.createdAt = Instant.now();
        this.path = "/";
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Places this organisation under {@code parent} (or at the root); the id must be assigned. */
    void placeUnder(Organization parent) {
        this.parentId = parent == null ? null : parent.getId();
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
        this.depth = parent == null ? 0 : parent.getDepth() + 1;
    }

    /** Whether {@code other} lies in this organisation's subtree (itself included). */
    public boolean contains(Organization other) {
        return other != null && other.getPath().startsWith(path);
    }
}
