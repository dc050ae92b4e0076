package vn.sotay.bookmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bookmark and recent_view tables; inserts are idempotent (ON CONFLICT DO NOTHING, portable to H2). */
@Repository
class BookmarkStore {

    record Row(long documentId, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BookmarkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void add(long accountId, long documentId, Instant now) {
        jdbc.update("insert into bookmark (id, account_id, document_id, created_at) values (nextval('bookmark_seq'), ?, ?, ?)"
                + " on conflict do nothing", accountId, documentId, Timestamp.from(now));
    }

    void remove(long accountId, long documentId) {
        jdbc.update("delete from bookmark where account_id = ? and document_id = ?", accountId, documentId);
    }

    List<Row> bookmarks(long accountId, int offset, int limit) {
        return jdbc.query("select document_id, created_at from bookmark where account_id = ? order by created_at desc, id desc"
                + " offset ? rows fetch next ? rows only",
                (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant()), accountId, offset, limit);
    }

    long countBookmarks(long accountId) {
        Long count = jdbc.queryForObject("select count(*) from bookmark where account_id = ?", Long.class, accountId);
        return count == null ? 0 : count;
    }

    Set<Long> marked(long accountId, Collection<Long> documentIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("account", accountId).addValue("ids", documentIds);
        return new HashSet<>(named.queryForList(
                "select document_id from bookmark where account_id = :account and document_id in (:ids)", params, Long.class));
    }

    void viewed(long accountId, long documentId, Instant now) {
        int updated = jdbc.update("update recent_view set viewed_at = ? where account_id = ? and document_id = ?",
                Timestamp.from(now), accountId, documentId);
        if (updated == 0) {
            jdbc.update("insert into recent_view (id, account_id, document_id, viewed_at) values (nextval('recent_view_seq'), ?, ?, ?)"
                    + " on conflict do nothing", accountId, documentId, Timestamp.from(now));
        }
    }

    List<Row> recent(long accountId, int limit) {
        return jdbc.query("select document_id, viewed_at from recent_view where account_id = ? order by viewed_at desc, id desc"
                + " fetch first ? rows only", (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant()), accountId, limit);
    }
}
