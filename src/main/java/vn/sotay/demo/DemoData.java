package vn.sotay.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.sotay.account.Account;
import vn.sotay.account.AccountIssuance;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.NewMember;
import vn.sotay.library.DocumentImport;
import vn.sotay.news.ArticleInput;
import vn.sotay.news.News;
import vn.sotay.news.NewsKind;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.shared.CsvReader;
import vn.sotay.shared.CsvRow;

/**
 * With {@code --sotay.demo=true}, fills an empty installation from {@code sotay.demo.corpus-dir} (default
 * {@code ../shared/corpus}): the organisation tree, the 60 sample members with the demo password {@value #PASSWORD},
 * a unit admin for UBDT, every corpus document, and the seed's article as the first news. Runs once: each part is
 * skipped when it is already there.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "sotay.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "SoTay@2026";
    static final String UNIT_ADMIN = "09291496";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OrganizationManagement organizations;
    private final OrganizationDirectory directory;
    private final AccountIssuance issuance;
    private final AccountManagement management;
    private final Accounts accounts;
    private final DocumentImport documents;
    private final News news;
    private final Path corpus;
    private final Path seed;

    DemoData(OrganizationManagement organizations, OrganizationDirectory directory, AccountIssuance issuance,
            AccountManagement management, Accounts accounts, DocumentImport documents, News news,
            @Value("${sotay.demo.corpus-dir:../shared/corpus}") String corpus,
            @Value("${sotay.demo.seed-article:../shared/seed/000_d7fdd13d1986d7ad.txt}") String seed) {
        this.organizations = organizations;
        this.directory = directory;
        this.issuance = issuance;
        this.management = management;
        this.accounts = accounts;
        this.documents = documents;
        this.news = news;
        this.corpus = Path.of(corpus);
        this.seed = Path.of(seed);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!Files.isDirectory(corpus)) {
            LOG.error("Demo data: the corpus folder {} does not exist (setting sotay.demo.corpus-dir); nothing loaded",
                    corpus.toAbsolutePath());
            return;
        }
        AccountPrincipal office = office();
        if (directory.findByCode("DBK").isEmpty()) {
            try (InputStream in = Files.newInputStream(corpus.resolve("members/organizations.csv"))) {
                LOG.info("Demo data: organisations {}", organizations.importCsv("organizations.csv", in));
            }
        }
        members(office);
        if (news.latest(1).isEmpty()) {
            DocumentImport.Report report = documents.run(corpus, corpus.resolve("manifest.csv"), "demo");
            LOG.info("Demo data: documents created {}, skipped {}, errors {}", report.created(), report.skipped(), report.errors());
            seedArticle(office);
        }
        LOG.warn("Demo data loaded: sample members sign in with their card number and the password {}; "
                + "{} is unit admin of UBDT", PASSWORD, UNIT_ADMIN);
    }

    private void members(AccountPrincipal office) throws IOException {
        List<CsvRow> rows = CsvReader.read(Files.readAllBytes(corpus.resolve("members/members-sample.csv")));
        for (CsvRow row : rows.subList(1, rows.size())) {
            Long org = directory.findByCode(row.value(9)).map(o -> o.id()).orElse(null);
            issuance.createDemoMember(new NewMember(row.value(2), row.value(1), row.value(5), row.value(6), date(row.value(3)),
                    row.value(4), date(row.value(7)), date(row.value(8)), org), PASSWORD);
        }
        Account unit = accounts.findByUsername(UNIT_ADMIN).orElse(null);
        if (unit != null && unit.getUnitAdminOrganizationId() == null) {
            management.grantUnitAdmin(office, UNIT_ADMIN, "UBDT");
        }
    }

    private void seedArticle(AccountPrincipal office) throws IOException {
        if (!Files.exists(seed)) {
            return;
        }
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        String title = lines.get(0).strip();
        String body = String.join("\n", lines.subList(3, lines.size())).strip();
        news.create(office, new ArticleInput(NewsKind.NEWS, title,
                "Hướng dẫn đăng nhập và thay đổi mật khẩu Sổ tay đảng viên điện tử trên web.", body,
                LocalDateTime.of(2023, 11, 22, 8, 20)));
    }

    private AccountPrincipal office() {
        Account a = accounts.findByUsername("admin").orElseThrow();
        return new AccountPrincipal(a.getId(), "admin", a.getFullName(), false, true, null, null, a.getCredentialsVersion());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), DMY);
    }
}
