package vn.sotay.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chuyên mục in the topic tree; {@code path} holds the ids from the root down ("/1/51/"). */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(nullable = false)
    private String path = "/";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Topic() {
    }

    Topic(String name, Long parentId, Instant now) {
        this.name = name;
        this.parentId = parentId;
        this.createdAt = now;
    }

    void placeUnder(Topic parent) {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    public Long getId() {
        return id;
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
}
