package vn.sotay.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.LibraryEvents.AccessRefused;
import vn.sotay.library.LibraryEvents.DocumentViewed;
import vn.sotay.library.LibraryEvents.FileDelivered;
import vn.sotay.library.internal.TextExtraction;
import vn.sotay.library.storage.FileStore;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.shared.NotFoundException;

/**
 * Reading one document: its page (a counted, audited view), its files' bytes (downloads counted and audited) and
 * previews. What the reader may not see answers exactly as what does not exist, and the refusal is audited.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class DocumentReading {

    private final Documents documents;
    private final DocumentCatalog catalog;
    private final TopicCatalog topics;
    private final OrganizationDirectory organizations;
    private final FileStore store;
    private final TextExtraction extraction;
    private final LibrarySettings settings;
    private final ApplicationEventPublisher events;
    private final DocumentCounters counters;

    DocumentReading(Documents documents, DocumentCatalog catalog, TopicCatalog topics, OrganizationDirectory organizations,
            FileStore store, TextExtraction extraction, LibrarySettings settings, ApplicationEventPublisher events,
            DocumentCounters counters) {
        this.documents = documents;
        this.catalog = catalog;
        this.topics = topics;
        this.organizations = organizations;
        this.store = store;
        this.extraction = extraction;
        this.settings = settings;
        this.events = events;
        this.counters = counters;
    }

    /** The document page: counts the view and tells the bookmark module ("Đã xem gần đây"). */
    public DocumentDetails open(Viewer viewer, long id) {
        Document d = accessible(viewer, id, "document");
        counters.viewed(id);
        events.publishEvent(new DocumentViewed(viewer.username(), viewer.accountId(), id));
        return details(viewer, d);
    }

    /** The document without counting a view: print view, edit form. */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public DocumentDetails peek(Viewer viewer, long id) {
        return details(viewer, accessible(viewer, id, "document"));
    }

    /** The document for its edit form: only an editor of it may have it. */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public DocumentDetails forEditing(Viewer editor, long id) {
        Document d = documents.findEditable(id, editor.office(), editor.editorPrefix())
                .orElseGet(() -> refuse(editor, id, "edit"));
        return details(editor, d);
    }

    /** Whether the reader may see the document now; a refusal is audited. */
    public void requireReadable(Viewer viewer, long id, String what) {
        if (catalog.readable(viewer, List.of(id)).isEmpty()) {
            refuse(viewer, id, what);
        }
    }

    /** A file's bytes; a download or the start of an inline view is counted and audited, a 304 or a later range is not. */
    public FileContent file(Viewer viewer, FileRequest request) {
        DocumentFile f = accessibleFile(viewer, request.documentId(), request.fileId(), "file");
        String etag = "\"" + f.getSha256() + "\"";
        boolean notModified = request.ifNoneMatch() != null && request.ifNoneMatch().contains(etag);
        if (!notModified && !request.continuation()) {
            if (request.download()) {
                counters.downloaded(request.documentId());
            }
            events.publishEvent(new FileDelivered(viewer.username(), request.documentId(), f.getId(),
                    f.getOriginalName(), request.download()));
        }
        return new FileContent(f.info(), store.get(f.getStorageKey()), etag, notModified);
    }

    /** What "Xem" shows of a file: its info, and for text and office files sanitised HTML of their content. */
    public FilePreview preview(Viewer viewer, long documentId, long fileId) {
        DocumentFile f = accessibleFile(viewer, documentId, fileId, "preview");
        events.publishEvent(new FileDelivered(viewer.username(), documentId, f.getId(), f.getOriginalName(), false));
        FileInfo info = f.info();
        String html = null;
        if (info.kind() == FileKind.TEXT || info.kind() == FileKind.OFFICE) {
            html = previewHtml(f);
        }
        return new FilePreview(peek(viewer, documentId), info, html);
    }

    private String previewHtml(DocumentFile f) {
        try (InputStream in = store.get(f.getStorageKey()).getInputStream()) {
            return extraction.html(in, f.getContentType(), settings.previewChars());
        } catch (IOException e) {
            return null;
        }
    }

    private Document accessible(Viewer viewer, long id, String what) {
        return documents.findAccessible(id, viewer.lineage(), viewer.office(), viewer.editorPrefix())
                .orElseGet(() -> refuse(viewer, id, what));
    }

    private DocumentFile accessibleFile(Viewer viewer, long id, long fileId, String what) {
        return documents.findAccessibleFile(id, fileId, viewer.lineage(), viewer.office(), viewer.editorPrefix())
                .orElseGet(() -> refuse(viewer, id, what + " " + fileId));
    }

    private <T> T refuse(Viewer viewer, long id, String what) {
        events.publishEvent(new AccessRefused(viewer.username(), id, what));
        throw new NotFoundException("document");
    }

    private DocumentDetails details(Viewer viewer, Document d) {
        OrganizationView org = d.getOrganizationId() == null ? null : organizations.find(d.getOrganizationId()).orElse(null);
        boolean editable = viewer.office() || (d.getOrganizationPath() != null
                && d.getOrganizationPath().startsWith(viewer.editorPrefix().replace("%", "")));
        boolean bookmarked = !catalog.marked(viewer, List.of(d.getId())).isEmpty();
        List<FileInfo> files = d.getFiles().stream().map(DocumentFile::info).toList();
        return new DocumentDetails(d.getId(), d.getNumber(), d.getType(), d.getTitle(), d.getIssuer(), d.getSigner(),
                d.getIssuedOn(), d.getEffectiveOn(), d.getSummary(), topics.fullName(d.getTopicId()), d.getStatus(),
                d.getScope(), org == null ? null : org.name(), org == null ? null : org.code(), d.getPublishedAt(), d.getViewCount() + counters.pendingViews(d.getId()),
                d.getDownloadCount() + counters.pendingDownloads(d.getId()),
                files, editable, bookmarked);
    }
}
