package vn.sotay.provisioning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.AccountIssued;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.provisioning.ProvisioningEvents.ListStep;
import vn.sotay.shared.SotaySettings;

/**
 * Credential slips for members without e-mail: kept when their account is issued, printed as a PDF (one page per
 * member, grouped by organisation, DejaVu Sans for Vietnamese), after which the passwords are erased.
 */
@Service
public class SlipPrinter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CredentialSlips slips;
    private final OrganizationDirectory organizations;
    private final SotaySettings sotay;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlipPrinter(CredentialSlips slips, OrganizationDirectory organizations, SotaySettings sotay,
            ApplicationEventPublisher events, Clock clock) {
        this.slips = slips;
        this.organizations = organizations;
        this.sotay = sotay;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the credentials of a member without e-mail for the slip, in the issuing transaction. */
    @EventListener
    public void on(AccountIssued issued) {
        if (issued.email() != null) {
            return;
        }
        slips.deletePending(issued.target());
        slips.save(new CredentialSlip(issued.target(), issued.fullName(), issued.organizationId(),
                issued.initialPassword(), issued.expiresAt(), clock.instant()));
    }

    /** How many slips wait to be printed in the admin's scope. */
    @Transactional(readOnly = true)
    public int pending(AccountPrincipal admin) {
        return slips.findPending(admin.officeAdmin(), scope(admin)).size();
    }

    /** The PDF of every waiting slip in the admin's scope; they are marked printed and their passwords erased. */
    @Transactional
    public byte[] print(AccountPrincipal admin) {
        List<CredentialSlip> pending = slips.findPending(admin.officeAdmin(), scope(admin));
        if (pending.isEmpty()) {
            throw new vn.sotay.shared.ValidationException("slips", "NONE_PENDING", "Không có phiếu cấp tài khoản nào đang chờ in.");
        }
        Map<Long, String> names = organizations.all().stream()
                .collect(Collectors.toMap(OrganizationView::id, OrganizationView::name));
        byte[] pdf = render(pending, names);
        pending.forEach(s -> s.printed(admin.username(), clock.instant()));
        events.publishEvent(new ListStep("CREDENTIAL_SLIPS_PRINTED", pending.size() + " slips", null));
        return pdf;
    }

    private Set<Long> scope(AccountPrincipal admin) {
        if (admin.unitAdminOrganizationId() == null) {
            return Set.of(-1L);
        }
        return organizations.subtree(admin.unitAdminOrganizationId()).stream().map(OrganizationView::id).collect(Collectors.toSet());
    }

    private byte[] render(List<CredentialSlip> pending, Map<Long, String> orgNames) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            for (CredentialSlip slip : pending) {
                PDPage page = new PDPage(PDRectangle.A5);
                doc.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                    float y = page.getMediaBox().getHeight() - 60;
                    y = line(text, bold, 15, y, "PHIẾU CẤP TÀI KHOẢN SỔ TAY ĐẢNG VIÊN");
                    y = line(text, regular, 11, y - 6, orgNames.getOrDefault(slip.getOrganizationId(), ""));
                    y = line(text, regular, 12, y - 14, "Kính gửi đồng chí: " + slip.getFullName());
                    y = line(text, regular, 12, y - 4, "Địa chỉ: " + sotay.baseUrlWithoutSlash());
                    y = line(text, bold, 13, y - 4, "Tài khoản (số thẻ đảng viên): " + slip.getUsername());
                    y = line(text, bold, 13, y - 4, "Mật khẩu dùng một lần: " + slip.getPassword());
                    y = line(text, regular, 11, y - 4, "Mật khẩu có hiệu lực đến ngày " + DATE.format(slip.getExpiresAt()) + ".");
                    y = line(text, regular, 11, y - 12, "Bước 1. Mở địa chỉ trên bằng trình duyệt.");
                    y = line(text, regular, 11, y, "Bước 2. Nhập «Tài khoản» và «Mật khẩu» ở trên, chọn «Đăng nhập».");
                    y = line(text, regular, 11, y, "Bước 3. Đặt mật khẩu mới (ít nhất 8 ký tự, có chữ hoa,");
                    y = line(text, regular, 11, y, "chữ thường, chữ số và ký tự đặc biệt), chọn «Lưu».");
                    line(text, regular, 11, y, "Bước 4. Biểu tượng cờ Đảng góc phải → «Trang cá nhân».");
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float line(PDPageContentStream stream, PDFont font, float size, float y, String value) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(36, y);
        stream.showText(value == null ? "" : value);
        stream.endText();
        return y - size * 1.6f;
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = SlipPrinter.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in);
        }
    }
}
