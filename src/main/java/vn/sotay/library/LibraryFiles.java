package vn.sotay.library;

import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.library.storage.FileStore;

/** The stored files of documents for system work (text extraction), without a reader: never for a request. */
@Component
@Transactional(readOnly = true)
public class LibraryFiles {

    /** A stored file: its id, its document, the type detected from its content and its size. */
    public record StoredFile(long fileId, long documentId, String contentType, long size) {
    }

    private final Documents documents;
    private final FileStore store;

    LibraryFiles(Documents documents, FileStore store) {
        this.documents = documents;
        this.store = store;
    }

    /** The file, if it still exists. */
    public Optional<StoredFile> find(long fileId) {
        return documents.findFileById(fileId)
                .map(f -> new StoredFile(f.getId(), f.getDocument().getId(), f.getContentType(), f.getSize()));
    }

    /** The file's bytes, if it still exists. */
    public Optional<Resource> content(long fileId) {
        return documents.findFileById(fileId).map(f -> store.get(f.getStorageKey()));
    }

    /** The files of a document in their order. */
    public List<StoredFile> filesOf(long documentId) {
        return documents.findFilesOf(documentId).stream()
                .map(f -> new StoredFile(f.getId(), documentId, f.getContentType(), f.getSize())).toList();
    }
}
