package vn.sotay.library;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sotay.library.LibraryEvents.DocumentChanged;
import vn.sotay.library.internal.CsvRows;
import vn.sotay.shared.Texts;

/**
 * Bulk load of documents from a manifest in the format of the corpus's {@code manifest.csv} (file, attachment, title,
 * type, number, issuer, issued_on, topic): each row's attachment when present, else its text file, published for
 * every member with the metadata as given. A row already loaded (same number and title) is skipped, so running
 * twice duplicates nothing; a bad row is reported and the others still load.
 */
@Service
public class DocumentImport {

    /** How a run went: rows created, rows already there, and one message per refused row. */
    public record Report(int created, int skipped, List<String> errors) {
    }

    private final Documents documents;
    private final DocumentManagement management;
    private final FileIntake intake;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DocumentImport(Documents documents, DocumentManagement management, FileIntake intake, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.documents = documents;
        this.management = management;
        this.intake = intake;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    public Report run(Path folder, Path manifest, String actor) throws IOException {
        List<Map<String, String>> rows;
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            rows = CsvRows.read(reader);
        }
        Viewer importer = new Viewer(0, actor, List.of(Viewer.NOWHERE), true, Viewer.NOWHERE + "%", null);
        int created = 0;
        int skipped = 0;
        List<String> errors = new ArrayList<>();
        Path root = folder.toAbsolutePath().normalize();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            try {
                Boolean done = transaction.execute(s -> importRow(importer, root, row));
                created += Boolean.TRUE.equals(done) ? 1 : 0;
                skipped += Boolean.TRUE.equals(done) ? 0 : 1;
            } catch (RuntimeException e) {
                errors.add("Dòng " + (i + 2) + ": " + e.getMessage());
            }
        }
        return new Report(created, skipped, errors);
    }

    private boolean importRow(Viewer importer, Path folder, Map<String, String> row) {
        DocumentMetadata m = new DocumentMetadata(row.get("number"), row.get("type"), row.get("issuer"), null,
                date(row.get("issued_on")), null, row.get("title"), null, row.get("topic"));
        String key = importKey(m);
        if (documents.findByImportKey(key).isPresent()) {
            return false;
        }
        Path file = fileOf(folder, row);
        List<FileIntake.Accepted> accepted = intake.accept(importer.username(),
                List.of(new FileUpload(file.getFileName().toString(), new FileSystemResource(file))));
        Document d = management.save(importer, new Document(importer.username(), clock.instant()), m, Visibility.all(), true);
        accepted.forEach(a -> d.attach(a.stored(), a.name(), clock.instant()));
        d.markImported(key);
        d.publish(clock.instant());
        documents.flush();
        events.publishEvent(new DocumentChanged("DOCUMENT_IMPORTED", importer.username(), d.getId(), file.getFileName().toString()));
        return true;
    }

    private static Path fileOf(Path folder, Map<String, String> row) {
        String attachment = row.getOrDefault("attachment", "");
        String name = attachment == null || attachment.isBlank() ? row.getOrDefault("file", "") : attachment;
        Path file = folder.resolve(name.strip()).normalize();
        if (name.isBlank() || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("không tìm thấy tệp \"" + name + "\" trong thư mục " + folder);
        }
        return file;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String importKey(DocumentMetadata m) {
        String basis = Texts.fold(m.number() == null ? "" : m.number()) + "|" + Texts.fold(m.title() == null ? "" : m.title());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
