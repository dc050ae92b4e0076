package vn.sotay.library;

import vn.sotay.shared.AuditedEvent;

/** Events of the library; every one is audited. Targets name the document as {@code document:<id>}. */
public final class LibraryEvents {

    private LibraryEvents() {
    }

    static String target(long documentId) {
        return "document:" + documentId;
    }

    /** A reader opened the document page; the bookmark module keeps it as recently viewed. */
    public record DocumentViewed(String actor, long accountId, long documentId) implements AuditedEvent {
        public String action() {
            return "DOCUMENT_VIEWED";
        }

        public String target() {
            return LibraryEvents.target(documentId);
        }
    }

    /** A file was downloaded ("Tải về") or opened inline ("Xem"). */
    public record FileDelivered(String actor, long documentId, long fileId, String name, boolean download)
            implements AuditedEvent {
        public String action() {
            return download ? "DOCUMENT_DOWNLOADED" : "DOCUMENT_FILE_VIEWED";
        }

        public String target() {
            return LibraryEvents.target(documentId);
        }

        public String details() {
            return "file " + fileId + ": " + name;
        }
    }

    /** A document, file, preview or bookmark was asked for that does not exist or that the reader may not see. */
    public record AccessRefused(String actor, long documentId, String what) implements AuditedEvent {
        public String action() {
            return "DOCUMENT_ACCESS_REFUSED";
        }

        public String target() {
            return LibraryEvents.target(documentId);
        }

        public String details() {
            return what;
        }
    }

    /** An editor created, changed, published or withdrew a document, or added or removed a file. */
    public record DocumentChanged(String action, String actor, long documentId, String details) implements AuditedEvent {
        public String target() {
            return LibraryEvents.target(documentId);
        }
    }

    /** An upload was refused (type, size, empty); nothing was kept. */
    public record UploadRefused(String actor, String name, String reason) implements AuditedEvent {
        public String action() {
            return "DOCUMENT_UPLOAD_REFUSED";
        }

        public String target() {
            return name;
        }

        public String details() {
            return reason;
        }
    }
}
