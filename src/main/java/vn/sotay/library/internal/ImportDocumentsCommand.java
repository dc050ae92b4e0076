package vn.sotay.library.internal;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.sotay.library.DocumentImport;

/**
 * {@code java -jar sotay.jar import-documents <folder> <manifest.csv>}: loads the manifest's documents and reports
 * what it did; the application then exits (see {@code SotayApplication}).
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "sotay.command", havingValue = "import-documents")
class ImportDocumentsCommand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportDocumentsCommand.class);

    private final DocumentImport importer;

    ImportDocumentsCommand(DocumentImport importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var arguments = args.getNonOptionArgs();
        if (arguments.size() != 3) {
            throw new IllegalArgumentException("Cách dùng: import-documents <thư mục> <manifest.csv>");
        }
        DocumentImport.Report report = importer.run(Path.of(arguments.get(1)), Path.of(arguments.get(2)), "import");
        LOG.info("Nhập tài liệu: {} mới, {} đã có, {} lỗi", report.created(), report.skipped(), report.errors().size());
        report.errors().forEach(e -> LOG.warn("{}", e));
        System.out.printf("Đã nhập %d tài liệu mới, bỏ qua %d tài liệu đã có, %d dòng lỗi.%n", report.created(),
                report.skipped(), report.errors().size());
        report.errors().forEach(System.out::println);
    }
}
