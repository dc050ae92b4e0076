package vn.sotay.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;
import vn.sotay.account.TestAccounts;

/**
 * Test data of the library: an organisation tree (committee A → sub-committee B → cells X and Y), members and
 * admins in and outside cell X, and documents of every status and scope, with real corpus files.
 */
public final class LibraryFixture {

    public static final Path CORPUS = Path.of("..", "shared", "corpus", "documents");
    public static final String PASSWORD = "Đọc-tài-liệu-2026";
    public static final long ORG_A = 700001;
    public static final long ORG_B = 700002;
    public static final long ORG_X = 700003;
    public static final long ORG_Y = 700004;

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final PasswordChange passwords;
    private final Clock clock;
    private final DocumentManagement management;
    private final Viewers viewers;

    public LibraryFixture(JdbcTemplate jdbc, Accounts accounts, PasswordChange passwords, Clock clock,
            DocumentManagement management, Viewers viewers) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.management = management;
        this.viewers = viewers;
    }

    /** The fixture on the beans of a running application. */
    public static LibraryFixture of(ApplicationContext context) {
        return new LibraryFixture(context.getBean(JdbcTemplate.class), context.getBean(Accounts.class),
                context.getBean(PasswordChange.class), context.getBean(Clock.class), context.getBean(DocumentManagement.class),
                context.getBean(Viewers.class));
    }

    public static Path corpusFile(String name) {
        Path file = CORPUS.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus file missing: " + file.toAbsolutePath());
        }
        return file;
    }

    public void organizations() {
        org(ORG_A, "DBA", "Đảng bộ A", null, "/" + ORG_A + "/");
        org(ORG_B, "DBB", "Đảng bộ bộ phận B", ORG_A, "/" + ORG_A + "/" + ORG_B + "/");
        org(ORG_X, "CBX", "Chi bộ X", ORG_B, "/" + ORG_A + "/" + ORG_B + "/" + ORG_X + "/");
        org(ORG_Y, "CBY", "Chi bộ Y", ORG_B, "/" + ORG_A + "/" + ORG_B + "/" + ORG_Y + "/");
    }

    private void org(long id, String code, String name, Long parent, String path) {
        Integer present = jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class, id);
        if (present != null && present > 0) {
            return;
        }
        jdbc.update("insert into organization (id, code, name, parent_id, path, depth, created_at) values (?, ?, ?, ?, ?, ?, current_timestamp)",
                id, code, name, parent, path, path.split("/").length - 2);
    }

    /** A member with a long-term password {@link #PASSWORD}, optionally office admin or unit admin of an organisation. */
    public AccountPrincipal member(String username, String fullName, Long organizationId, boolean office, Long unitOf) {
        var account = TestAccounts.memberWithInitialPassword(accounts, clock, username, fullName, "Lần-đầu-2026!");
        account.setOrganizationId(organizationId);
        accounts.saveAndFlush(account);
        if (office) {
            TestAccounts.makeOfficeAdmin(accounts, username);
        }
        if (unitOf != null) {
            TestAccounts.makeUnitAdmin(accounts, username, unitOf);
        }
        long id = accounts.findByUsername(username).orElseThrow().getId();
        return passwords.change(id, new PasswordChangeRequest("Lần-đầu-2026!", PASSWORD, PASSWORD), "test", null);
    }

    /** The organisation tree and an office admin in committee A. */
    public AccountPrincipal officeAdmin(String username) {
        organizations();
        return member(username, "Hoàng Văn Phòng", ORG_A, true, null);
    }

    public Viewer viewer(AccountPrincipal principal) {
        return viewers.of(principal);
    }

    /** Creates a document with the given corpus files (or none), visible to all or to {@code orgCode}'s subtree. */
    public long document(AccountPrincipal editor, String title, String orgCode, DocumentStatus status, String... files) {
        List<FileUpload> uploads = new ArrayList<>();
        for (String f : files) {
            uploads.add(new FileUpload(f, new FileSystemResource(corpusFile(f))));
        }
        Visibility visibility = orgCode == null ? Visibility.all() : Visibility.organization(orgCode);
        DocumentMetadata metadata = new DocumentMetadata("12-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", "Nguyễn Văn Ký",
                LocalDate.of(2023, 9, 5), null, title, "Trích yếu của " + title, "Xây dựng Đảng");
        Viewer v = viewer(editor);
        long id = management.create(v, metadata, visibility, uploads, status != DocumentStatus.DRAFT);
        if (status == DocumentStatus.WITHDRAWN) {
            management.withdraw(v, id);
        }
        return id;
    }

    public static FileUpload bytes(String name, byte[] content) {
        return new FileUpload(name, new ByteArrayResource(content));
    }

    public long firstFileId(long documentId) {
        Long id = jdbc.queryForObject("select min(id) from document_file where document_id = ?", Long.class, documentId);
        return id == null ? -1 : id;
    }
}
