package vn.sotay.search.internal;

import static vn.sotay.search.internal.DocumentFields.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import vn.sotay.library.Document;
import vn.sotay.library.Topic;

/**
 * Writes a {@link Document} into the index: metadata twice (exact and folded), the number as key and tokens, the
 * facet values, the access fields (status, scope, organisation path) and the text read from its files (from
 * {@link FileText}; the extraction pipeline reindexes the document when a text changes).
 */
public class DocumentBridge implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("titleKey").use("number").use("summary").use("type").use("issuer").use("signer")
                .use("issuedOn").use("topicId").use("status").use("scope").use("organizationPath");
        context.bridge(Document.class, new Writer(context.indexSchemaElement(), context));
    }

    private record Writer(Fields f) implements TypeBridge<Document> {

        Writer(IndexSchemaElement schema, TypeBindingContext context) {
            this(new Fields(schema, context));
        }

        @Override
        public void write(DocumentElement target, Document d, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            List<String> topicNames = new ArrayList<>();
            topics(session, d.getTopicId(), id -> target.addValue(f.topics, id), topicNames);
            both(target, f.title, f.titleFolded, d.getTitle());
            both(target, f.summary, f.summaryFolded, d.getSummary());
            String meta = String.join(" ", nonNull(d.getType()), nonNull(d.getIssuer()), nonNull(d.getSigner()),
                    String.join(" ", topicNames));
            both(target, f.meta, f.metaFolded, meta);
            both(target, f.content, f.contentFolded, content(session, d.getId()));
            target.addValue(f.number, d.getNumber());
            target.addValue(f.numberKey, NumberKeys.key(d.getNumber()));
            target.addValue(f.numberText, VietnameseText.normalize(d.getNumber()));
            target.addValue(f.type, d.getType());
            target.addValue(f.issuer, d.getIssuer());
            LocalDate issued = d.getIssuedOn();
            target.addValue(f.issuedOn, issued);
            target.addValue(f.year, issued == null ? null : issued.getYear());
            target.addValue(f.status, d.getStatus().name());
            target.addValue(f.scope, d.getScope().name());
            target.addValue(f.orgPath, d.getOrganizationPath());
            target.addValue(f.titleKey, d.getTitleKey());
            target.addValue(f.id, d.getId());
        }

        private static void both(DocumentElement target, IndexFieldReference<String> exact,
                IndexFieldReference<String> folded, String value) {
            String normalized = VietnameseText.normalize(value);
            if (normalized != null && !normalized.isBlank()) {
                // the exact field is also what results show: keep the editor's spelling ("hòa" or "hoà");
                // its analyzer maps both tone placements to one, so matching is unchanged
                target.addValue(exact, vn.sotay.shared.Texts.nfc(value));
                target.addValue(folded, normalized);
            }
        }

        private static String content(Session session, Long documentId) {
            List<String> texts = session.createQuery("select t.content from FileText t where t.documentId = :id"
                    + " and t.content is not null order by t.fileId", String.class)
                    .setParameter("id", documentId).setHibernateFlushMode(FlushMode.MANUAL).getResultList();
            return texts.isEmpty() ? null : String.join("\n\n", texts);
        }

        private static void topics(Session session, Long topicId, java.util.function.LongConsumer ids, List<String> names) {
            Topic topic = topicId == null ? null : session.find(Topic.class, topicId);
            if (topic == null) {
                return;
            }
            for (String part : topic.getPath().split("/")) {
                if (!part.isBlank()) {
                    Topic t = session.find(Topic.class, Long.valueOf(part));
                    ids.accept(Long.parseLong(part));
                    if (t != null) {
                        names.add(t.getName());
                    }
                }
            }
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }

    /** The index fields, declared once when the mapping starts. */
    private static final class Fields {
        final IndexFieldReference<String> title;
        final IndexFieldReference<String> titleFolded;
        final IndexFieldReference<String> summary;
        final IndexFieldReference<String> summaryFolded;
        final IndexFieldReference<String> meta;
        final IndexFieldReference<String> metaFolded;
        final IndexFieldReference<String> content;
        final IndexFieldReference<String> contentFolded;
        final IndexFieldReference<String> number;
        final IndexFieldReference<String> numberKey;
        final IndexFieldReference<String> numberText;
        final IndexFieldReference<String> type;
        final IndexFieldReference<String> issuer;
        final IndexFieldReference<Integer> year;
        final IndexFieldReference<LocalDate> issuedOn;
        final IndexFieldReference<Long> topics;
        final IndexFieldReference<String> status;
        final IndexFieldReference<String> scope;
        final IndexFieldReference<String> orgPath;
        final IndexFieldReference<String> titleKey;
        final IndexFieldReference<Long> id;

        Fields(IndexSchemaElement s, TypeBindingContext c) {
            title = s.field(TITLE, t -> t.asString().analyzer(SearchAnalysis.EXACT).projectable(Projectable.YES)).toReference();
            titleFolded = text(s, TITLE_FOLDED, SearchAnalysis.FOLDED, false);
            summary = text(s, SUMMARY, SearchAnalysis.EXACT, false);
            summaryFolded = text(s, SUMMARY_FOLDED, SearchAnalysis.FOLDED, true);
            meta = text(s, META, SearchAnalysis.EXACT, false);
            metaFolded = text(s, META_FOLDED, SearchAnalysis.FOLDED, false);
            content = text(s, CONTENT, SearchAnalysis.EXACT, false);
            contentFolded = text(s, CONTENT_FOLDED, SearchAnalysis.FOLDED, true);
            number = s.field(NUMBER, t -> t.asString().projectable(Projectable.YES)).toReference();
            numberKey = s.field(NUMBER_KEY, t -> t.asString()).toReference();
            numberText = text(s, NUMBER_TEXT, SearchAnalysis.NUMBER, false);
            type = keyword(s, TYPE);
            issuer = keyword(s, ISSUER);
            year = s.field(YEAR, t -> t.asInteger().aggregable(Aggregable.YES)).toReference();
            issuedOn = s.field(ISSUED_ON, t -> t.asLocalDate().sortable(Sortable.YES).projectable(Projectable.YES)).toReference();
            topics = s.field(TOPICS, t -> t.asLong().aggregable(Aggregable.YES)).multiValued().toReference();
            status = s.field(STATUS, t -> t.asString()).toReference();
            scope = s.field(SCOPE, t -> t.asString()).toReference();
            orgPath = s.field(ORG_PATH, t -> t.asString()).toReference();
            titleKey = s.field(TITLE_KEY, t -> t.asString().sortable(Sortable.YES)).toReference();
            id = s.field(ID, t -> t.asLong().sortable(Sortable.YES)).toReference();
        }

        private static IndexFieldReference<String> text(IndexSchemaElement s, String name, String analyzer, boolean shown) {
            return s.field(name, t -> shown
                    ? t.asString().analyzer(analyzer).projectable(Projectable.YES)
                    : t.asString().analyzer(analyzer)).toReference();
        }

        private static IndexFieldReference<String> keyword(IndexSchemaElement s, String name) {
            return s.field(name, t -> t.asString().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
        }
    }
}
