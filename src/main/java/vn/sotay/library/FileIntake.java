package vn.sotay.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import vn.sotay.library.LibraryEvents.UploadRefused;
import vn.sotay.library.internal.ContentTypes;
import vn.sotay.library.storage.FileStore;
import vn.sotay.library.storage.FileTooLargeException;
import vn.sotay.library.storage.StoredBlob;
import vn.sotay.shared.Messages;
import vn.sotay.shared.RefusedContentException;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;
import vn.sotay.shared.ZipContainers;

/**
 * Takes uploaded files into the file store: refuses empty files, files over the size limit, files whose content
 * is not an accepted document type and office files that are zip bombs. Nothing of a refused batch, nor of a rolled-back transaction, stays stored.
 */
@Component
class FileIntake {

    /** A file stored and typed, with the NFC name it will be downloaded under. */
    record Accepted(String name, StoredFileInfo stored) {
    }

    private final FileStore store;
    private final ContentTypes types;
    private final LibrarySettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    FileIntake(FileStore store, ContentTypes types, LibrarySettings settings, MessageSource messages,
            ApplicationEventPublisher events) {
        this.store = store;
        this.types = types;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
    }

    /** Stores every upload or none; must run inside the transaction that records them. */
    List<Accepted> accept(String actor, List<FileUpload> uploads) {
        List<StoredBlob> created = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        try {
            for (FileUpload upload : uploads) {
                accepted.add(acceptOne(actor, upload, created));
            }
        } catch (RuntimeException e) {
            discard(created);
            throw e;
        }
        deleteOnRollback(created);
        return accepted;
    }

    private Accepted acceptOne(String actor, FileUpload upload, List<StoredBlob> created) {
        String name = cleanName(upload.name());
        StoredBlob blob;
        try (InputStream in = upload.content().getInputStream()) {
            blob = store.put(in, settings.maxFileSize().toBytes());
        } catch (FileTooLargeException e) {
            throw refused(actor, name, "FILE_TOO_LARGE", name, megabytes(settings.maxFileSize()));
        } catch (IOException e) {
            throw refused(actor, name, "FILE_UNREADABLE", name);
        }
        if (blob.created()) {
            created.add(blob);
        }
        if (blob.size() == 0) {
            throw refused(actor, name, "FILE_EMPTY", name);
        }
        String type = detect(blob);
        if (!types.accepted(type)) {
            throw refused(actor, name + " (" + type + ")", "FILE_TYPE_REFUSED", name);
        }
        checkContainer(actor, name, blob);
        return new Accepted(name, new StoredFileInfo(blob.key(), blob.sha256(), blob.size(), type));
    }

    private String detect(StoredBlob blob) {
        try (InputStream in = store.get(blob.key()).getInputStream()) {
            return types.detect(in);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** Office files are zip containers: a zip bomb is refused here, before any parser opens it. */
    private void checkContainer(String actor, String name, StoredBlob blob) {
        Resource resource = store.get(blob.key());
        try {
            if (!looksLikeZip(resource)) {
                return;
            }
            Path file = resource.isFile() ? resource.getFile().toPath() : spooled(resource);
            try {
                ZipContainers.check(() -> Files.newByteChannel(file), settings.maxUnpackedSize().toBytes());
            } finally {
                if (!resource.isFile()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (ZipContainers.UnsafeContainerException e) {
            throw refused(actor, name + " (" + e.getMessage() + ")", "FILE_ZIP_BOMB", name, megabytes(settings.maxUnpackedSize()));
        } catch (IOException e) {
            throw refused(actor, name, "FILE_UNREADABLE", name);
        }
    }

    /** A store without local files (object storage): the check needs random access, so a temporary copy. */
    private static Path spooled(Resource resource) throws IOException {
        Path copy = Files.createTempFile("sotay-intake", ".zip");
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static boolean looksLikeZip(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return ZipContainers.looksLikeZip(in.readNBytes(4));
        }
    }

    private ValidationException refused(String actor, String logged, String code, Object... args) {
        events.publishEvent(new UploadRefused(actor, logged, code));
        return new RefusedContentException("files", code, Messages.get(messages, "library.error." + code, args));
    }

    /** The last path segment of the name the client sent, NFC, without control characters, at most 255 chars. */
    static String cleanName(String raw) {
        String name = Texts.nfcTrim(raw == null ? "" : raw);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "tep";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - ext.length()) + ext;
        }
        return name;
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    private void deleteOnRollback(List<StoredBlob> created) {
        if (created.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    discard(created);
                }
            }
        });
    }

    /** Deletes blobs this batch created; their content was new, so no document refers to them. */
    void discard(List<StoredBlob> created) {
        for (StoredBlob blob : created) {
            try {
                store.delete(blob.key());
            } catch (IOException e) {
                // an orphan file wastes space and nothing else; the next identical upload reuses it
            }
        }
    }
}
