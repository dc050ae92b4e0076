package vn.sotay.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Repository of documents. The access rule is part of every query a reader's request runs: {@link #READABLE} (a
 * published document for every member, or of the reader's organisation or one of its ancestors) or
 * {@link #EDITABLE} (office admins everything, unit admins their subtree, whatever the status).
 */
interface Documents extends JpaRepository<Document, Long> {

    String READABLE = "(d.status = vn.sotay.library.DocumentStatus.PUBLISHED and (d.scope = vn.sotay.library.Scope.ALL"
            + " or d.organizationPath in :lineage))";
    String EDITABLE = "(:office = true or d.organizationPath like :editorPrefix)";
    String ACCESS = "(" + READABLE + " or " + EDITABLE + ")";
    String FILTERS = " and (:type is null or d.type = :type) and (:issuer is null or d.issuer = :issuer)"
            + " and (:year is null or d.issuedYear = :year) and (:allTopics = true or d.topicId in :topics)"
            + " and (:q is null or d.folded like :q)";

    @Query(value = "select d from Document d where " + READABLE + FILTERS,
            countQuery = "select count(d) from Document d where " + READABLE + FILTERS)
    Page<Document> browse(List<String> lineage, String type, String issuer, Integer year, boolean allTopics,
            Collection<Long> topics, String q, Pageable pageable);

    @Query(value = "select d from Document d where " + EDITABLE + " and (:q is null or d.folded like :q)",
            countQuery = "select count(d) from Document d where " + EDITABLE + " and (:q is null or d.folded like :q)")
    Page<Document> editable(boolean office, String editorPrefix, String q, Pageable pageable);

    @Query("select d from Document d where d.id = :id and " + ACCESS)
    Optional<Document> findAccessible(long id, List<String> lineage, boolean office, String editorPrefix);

    @Query("select d from Document d where d.id = :id and " + EDITABLE)
    Optional<Document> findEditable(long id, boolean office, String editorPrefix);

    @Query("select f from DocumentFile f join fetch f.document d where f.id = :fileId and d.id = :id and " + ACCESS)
    Optional<DocumentFile> findAccessibleFile(long id, long fileId, List<String> lineage, boolean office,
            String editorPrefix);

    @Query("select d from Document d where d.id in :ids and " + ACCESS)
    List<Document> findAccessible(Collection<Long> ids, List<String> lineage, boolean office, String editorPrefix);

    @Query("select distinct d.issuer from Document d where d.issuer is not null and " + READABLE)
    List<String> readableIssuers(List<String> lineage);

    @Query("select distinct d.issuedYear from Document d where d.issuedYear is not null and " + READABLE)
    List<Integer> readableYears(List<String> lineage);

    @Query("select distinct d.type from Document d where " + READABLE)
    List<String> readableTypes(List<String> lineage);

    @Query("select distinct d.topicId from Document d where d.topicId is not null and " + READABLE)
    List<Long> readableTopics(List<String> lineage);

    Optional<Document> findByImportKey(String importKey);

    @Query("select count(f) > 0 from DocumentFile f where f.storageKey = :key")
    boolean isStored(String key);

    @Query("select f from DocumentFile f where f.id = :fileId")
    Optional<DocumentFile> findFileById(long fileId);

    @Query("select f from DocumentFile f where f.document.id = :documentId order by f.position")
    List<DocumentFile> findFilesOf(long documentId);

    @Query("select d from Document d left join fetch d.files where d.id = :id")
    Optional<Document> findWithFiles(long id);
}
