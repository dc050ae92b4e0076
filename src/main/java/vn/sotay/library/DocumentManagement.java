package vn.sotay.library;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sotay.library.LibraryEvents.AccessRefused;
import vn.sotay.library.LibraryEvents.DocumentChanged;
import vn.sotay.library.internal.MetadataProposer;
import vn.sotay.library.internal.MetadataProposer.Proposal;
import vn.sotay.library.internal.TextExtraction;
import vn.sotay.library.storage.FileStore;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.TimeLimit;

/**
 * The editors' actions: create (with metadata proposed from the first file), edit, publish, withdraw, add and
 * remove files. Office admins act on every document, unit admins on their subtree's internal documents.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class DocumentManagement {

    private static final int HEAD_CHARS = 20_000;

    private final Documents documents;
    private final DocumentRules rules;
    private final FileIntake intake;
    private final TopicCatalog topics;
    private final DocumentCatalog catalog;
    private final FileStore store;
    private final TextExtraction extraction;
    private final LibrarySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganizationDirectory organizations;

    DocumentManagement(OrganizationDirectory organizations, Documents documents, DocumentRules rules, FileIntake intake, TopicCatalog topics,
            DocumentCatalog catalog, FileStore store, TextExtraction extraction, LibrarySettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.documents = documents;
        this.rules = rules;
        this.intake = intake;
        this.topics = topics;
        this.catalog = catalog;
        this.store = store;
        this.extraction = extraction;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** What the editor's form offers this editor. */
    @Transactional(readOnly = true)
    public EditorOptions options(Viewer editor) {
        String code = editor.unitOrganizationId() == null ? null
                : organizations.find(editor.unitOrganizationId()).map(OrganizationView::code).orElse(null);
        return new EditorOptions(settings.documentTypes(), topics.tree(), editor.office(), code);
    }

    /** Creates a draft (or published) document; blank number, date, type and title are read from the first file. */
    @Transactional
    public long create(Viewer editor, DocumentMetadata metadata, Visibility visibility, List<FileUpload> files,
            boolean publish) {
        List<FileIntake.Accepted> accepted = intake.accept(editor.username(), files);
        DocumentMetadata completed = accepted.isEmpty() ? metadata : proposeInto(metadata, accepted.get(0));
        Document d = save(editor, new Document(editor.username(), clock.instant()), completed, visibility, false);
        accepted.forEach(a -> d.attach(a.stored(), a.name(), clock.instant()));
        if (publish) {
            d.publish(clock.instant());
        }
        documents.flush();
        changed("DOCUMENT_CREATED", editor, d, accepted.size() + " file(s)");
        return d.getId();
    }

    @Transactional
    public void update(Viewer editor, long id, DocumentMetadata metadata, Visibility visibility) {
        Document d = editable(editor, id);
        save(editor, d, metadata, visibility, false);
        changed("DOCUMENT_UPDATED", editor, d, null);
    }

    @Transactional
    public void publish(Viewer editor, long id) {
        Document d = editable(editor, id);
        d.publish(clock.instant());
        changed("DOCUMENT_PUBLISHED", editor, d, null);
    }

    /** "Thu hồi": members no longer see the document; editors still do. */
    @Transactional
    public void withdraw(Viewer editor, long id) {
        Document d = editable(editor, id);
        d.withdraw(clock.instant());
        changed("DOCUMENT_WITHDRAWN", editor, d, null);
    }

    @Transactional
    public void addFiles(Viewer editor, long id, List<FileUpload> files) {
        Document d = editable(editor, id);
        List<FileIntake.Accepted> accepted = intake.accept(editor.username(), files);
        accepted.forEach(a -> d.attach(a.stored(), a.name(), clock.instant()));
        changed("DOCUMENT_FILE_ADDED", editor, d, accepted.stream().map(FileIntake.Accepted::name).toList().toString());
    }

    @Transactional
    public void removeFile(Viewer editor, long id, long fileId) {
        Document d = editable(editor, id);
        String key = d.getFiles().stream().filter(f -> f.getId() == fileId).map(DocumentFile::getStorageKey)
                .findFirst().orElseThrow(() -> refuse(editor, id, "file " + fileId));
        d.detach(fileId);
        documents.flush();
        if (!documents.isStored(key)) {
            deleteAfterCommit(key);
        }
        changed("DOCUMENT_FILE_REMOVED", editor, d, "file " + fileId);
    }

    Document save(Viewer editor, Document d, DocumentMetadata m, Visibility v, boolean anyType) {
        OrganizationView org = rules.check(editor, m, v, anyType);
        d.describe(m, topics.resolve(m.topic()), clock.instant());
        d.restrictTo(v.scope(), org == null ? null : org.id(), org == null ? null : org.path());
        return documents.save(d);
    }

    private DocumentMetadata proposeInto(DocumentMetadata m, FileIntake.Accepted file) {
        if (!blank(m.title()) && !blank(m.type()) && !blank(m.number()) && m.issuedOn() != null) {
            return m;
        }
        Proposal p = MetadataProposer.propose(head(file), settings.documentTypes());
        String title = blank(m.title()) ? (p.title() != null ? p.title() : withoutExtension(file.name())) : m.title();
        return new DocumentMetadata(blank(m.number()) ? p.number() : m.number(), blank(m.type()) ? p.type() : m.type(),
                m.issuer(), m.signer(), m.issuedOn() == null ? p.issuedOn() : m.issuedOn(), m.effectiveOn(), title,
                m.summary(), m.topic());
    }

    /**
     * The beginning of the file's text, read within the proposal's limits (size of the file, time, 20,000 characters):
     * whatever the file, the editor's request neither waits long nor fills the memory. Empty when the limits are hit.
     */
    private String head(FileIntake.Accepted file) {
        if (file.stored().size() > settings.proposalMaxFileSize().toBytes()) {
            return "";
        }
        try {
            return TimeLimit.call(() -> {
                try (InputStream in = store.get(file.stored().storageKey()).getInputStream()) {
                    return extraction.text(in, file.stored().contentType(), HEAD_CHARS);
                }
            }, settings.proposalTimeout().toMillis(), "sotay-proposal");
        } catch (Exception e) {
            return "";
        }
    }

    private Document editable(Viewer editor, long id) {
        return documents.findEditable(id, editor.office(), editor.editorPrefix())
                .orElseThrow(() -> refuse(editor, id, "edit"));
    }

    private NotFoundException refuse(Viewer editor, long id, String what) {
        events.publishEvent(new AccessRefused(editor.username(), id, what));
        return new NotFoundException("document");
    }

    private void changed(String action, Viewer editor, Document d, String details) {
        catalog.forgetFacets();
        events.publishEvent(new DocumentChanged(action, editor.username(), d.getId(), details));
    }

    private void deleteAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    store.delete(key);
                } catch (IOException e) {
                    // an orphan wastes space only
                }
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
