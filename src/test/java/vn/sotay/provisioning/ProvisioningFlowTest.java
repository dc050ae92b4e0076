package vn.sotay.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.account.SignInResult;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.shared.ValidationException;
import vn.sotay.support.AppTest;
import vn.sotay.support.FreePort;

/**
 * The seed's process end to end on the services: a unit uploads, the office approves, accounts are issued, the
 * e-mail "Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên" arrives on a real SMTP server, and its password signs in.
 */
@SpringBootTest(properties = {"sotay.mail.poll-interval=100ms", "sotay.base-url=https://stdv.example.vn",
        "sotay.provisioning.chunk-size=7"})
class ProvisioningFlowTest extends AppTest {

    private static final int SMTP_PORT = FreePort.find();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    MemberListService service;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    AccountManagement management;
    @Autowired
    Accounts accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    private AccountPrincipal office;
    private AccountPrincipal unit;

    @BeforeEach
    void tree() throws Exception {
        ProvisioningFixture.importTree(organizations, directory);
        office = ProvisioningFixture.office(accounts);
        unit = ProvisioningFixture.unitAdmin(accounts, management, directory, "90000001");
    }

    private ListReport upload(AccountPrincipal who, String name, String csv) {
        return service.upload(who, name, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    @Test
    void aUnitCannotSubmitMembersOutsideItsSubtree() throws Exception {
        ListReport report = service.upload(unit, "members-sample.csv", Files.readAllBytes(ProvisioningFixture.SAMPLE_CSV), null);
        assertThat(report.list().getRowCount()).isEqualTo(60);
        assertThat(report.errors()).hasSize(20).allSatisfy(e -> assertThat(e.code()).isEqualTo("OUTSIDE_SUBTREE"));
        assertThat(report.errors().get(0).message()).contains("nằm ngoài phạm vi quản lý");
        long id = report.list().getId();
        assertThatThrownBy(() -> service.submit(unit, id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("còn 20 lỗi");
    }

    @Test
    void theSampleIsIssuedAndEveryMemberGetsOneEmailWhosePasswordSignsIn() throws Exception {
        ListReport report = service.upload(office, "members-sample.xlsx", Files.readAllBytes(ProvisioningFixture.SAMPLE_XLSX), null);
        assertThat(report.errors()).isEmpty();
        long id = report.list().getId();
        service.submit(office, id);
        assertThatThrownBy(() -> service.approve(unit, id)).isInstanceOf(AccessDeniedException.class);
        long job = service.approve(office, id);
        assertThatThrownBy(() -> service.approve(office, id)).isInstanceOf(ValidationException.class);

        await().atMost(Duration.ofSeconds(60)).until(() -> service.job(office, job).getStatus() == IssuanceJob.Status.DONE);
        assertThat(service.report(office, id).list().getStatus()).isEqualTo(MemberList.Status.ISSUED);
        assertThat(jdbc.queryForObject("select count(*) from account where username in "
                + "(select card_number from member_list_row where list_id = ?)", Long.class, id)).isEqualTo(60);
        await().atMost(Duration.ofSeconds(60)).until(() -> greenMail.getReceivedMessages().length >= 60);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(60);
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(60);

        MimeMessage first = Arrays.stream(received).filter(m -> GreenMailUtil.getBody(m).contains("09291496")).findFirst().orElseThrow();
        assertThat(first.getSubject()).isEqualTo("Khởi tạo tài khoản trên hệ thống Sổ tay đảng Viên");
        String body = GreenMailUtil.getBody(first);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(new java.io.ByteArrayInputStream(body.getBytes()), "quoted-printable").readAllBytes(), "UTF-8");
        assertThat(text).contains("https://stdv.example.vn", "Bước 4", "Trang cá nhân", "Đỗ Đức Hải");
        Matcher m = Pattern.compile("Mật khẩu: (\\S+)").matcher(text);
        assertThat(m.find()).isTrue();
        SignInResult result = signIn.authenticate(new SignInAttempt("09291496", m.group(1), "192.0.2.77", null, "test"));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.principal().mustChangePassword()).isTrue();
        assertThat(result.principal().organizationId()).isEqualTo(directory.findByCode("UBDT-VP").orElseThrow().id());
    }

    @Test
    void theOfficeRejectsWithAReasonTheUnitSees() {
        ListReport report = upload(unit, "ds.csv", "Họ và tên,Số thẻ đảng viên,Email,Mã tổ chức\nTạ Văn Từ,70000001,tu@example.org,UBDT-VP\n");
        long id = report.list().getId();
        service.submit(unit, id);
        assertThatThrownBy(() -> service.reject(unit, id, "Không")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reject(office, id, "  ")).isInstanceOf(ValidationException.class);
        service.reject(office, id, "Thiếu đảng viên Chi bộ Văn phòng, đề nghị bổ sung.");
        ListReport seen = service.report(unit, id);
        assertThat(seen.list().getStatus()).isEqualTo(MemberList.Status.REJECTED);
        assertThat(seen.list().getRejectReason()).isEqualTo("Thiếu đảng viên Chi bộ Văn phòng, đề nghị bổ sung.");
        assertThatThrownBy(() -> service.approve(office, id)).isInstanceOf(ValidationException.class);
    }

    @Test
    void membersWithoutEmailGetASlipWhosePasswordIsErasedOncePrinted() throws Exception {
        ListReport report = upload(office, "khong-email.csv", "Họ và tên,Số thẻ đảng viên,Mã tổ chức\nNông Thị Giấy,70000101,HVDT-DT\n");
        assertThat(report.warnings()).extracting(i -> i.code()).containsExactly("NO_EMAIL");
        service.submit(office, report.list().getId());
        long job = service.approve(office, report.list().getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> service.job(office, job).getStatus() == IssuanceJob.Status.DONE);
        assertThat(jdbc.queryForObject("select count(*) from credential_slip where username = '70000101' and password is not null",
                Long.class)).isEqualTo(1);
        byte[] pdf = slipPrinter.print(office);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Nông Thị Giấy", "70000101", "Chi bộ Khoa Đào tạo", "Mật khẩu dùng một lần");
        }
        assertThat(jdbc.queryForObject("select count(*) from credential_slip where username = '70000101' and password is not null",
                Long.class)).isZero();
    }

    @Autowired
    SlipPrinter slipPrinter;

    @Test
    void reissueSendsANewPasswordAndTheOldOneStopsWorking() throws Exception {
        ListReport report = upload(office, "cap-lai.csv", "Họ và tên,Số thẻ đảng viên,Email,Mã tổ chức\nĐinh Văn Lại,70000201,lai@example.org,UBDT-TT\n");
        service.submit(office, report.list().getId());
        long job = service.approve(office, report.list().getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("lai@example.org").size() == 1);
        String firstPassword = password(mailsTo("lai@example.org").get(0));
        management.reissue(office, "70000201");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("lai@example.org").size() == 2);
        MimeMessage second = mailsTo("lai@example.org").stream().filter(mm -> subject(mm).startsWith("Cấp lại")).findFirst().orElseThrow();
        String secondPassword = password(second);
        assertThat(signIn.authenticate(new SignInAttempt("70000201", firstPassword, "192.0.2.78", null, "t")).succeeded()).isFalse();
        assertThat(signIn.authenticate(new SignInAttempt("70000201", secondPassword, "192.0.2.78", null, "t")).succeeded()).isTrue();
        assertThat(service.job(office, job).getProcessed()).isEqualTo(1);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mm -> {
            try {
                return mm.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String password(MimeMessage message) throws Exception {
        String text = message.getContent().toString();
        Matcher m = Pattern.compile("Mật khẩu[^:\\n]*: (\\S+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
