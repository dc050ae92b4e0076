package vn.sotay.news;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Repository of articles; a member's queries include only articles published by {@code now}. */
interface Articles extends JpaRepository<Article, Long> {

    String VISIBLE = "(:all = true or (a.publishedAt is not null and a.publishedAt <= :now))";

    @Query(value = "select a from Article a where " + VISIBLE + " and (:kind is null or a.kind = :kind)",
            countQuery = "select count(a) from Article a where " + VISIBLE + " and (:kind is null or a.kind = :kind)")
    Page<Article> visible(boolean all, Instant now, NewsKind kind, Pageable pageable);

    @Query("select a from Article a where a.id = :id and " + VISIBLE)
    Optional<Article> findVisible(long id, boolean all, Instant now);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + 1 where a.id = :id")
    void countView(long id);

    boolean existsByTitle(String title);
}
