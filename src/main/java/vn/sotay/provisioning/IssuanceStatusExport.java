package vn.sotay.provisioning;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.AccountQuery;
import vn.sotay.account.AccountSummary;
import vn.sotay.mail.Outbox;

/**
 * The issuance status as .xlsx for the admin's scope: per organisation (issued, e-mailed, slip printed, activated)
 * and per member.
 */
@Service
public class IssuanceStatusExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final AccountManagement accounts;
    private final Outbox outbox;
    private final CredentialSlips slips;

    IssuanceStatusExport(AccountManagement accounts, Outbox outbox, CredentialSlips slips) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.slips = slips;
    }

    private record Line(AccountSummary account, boolean emailed, boolean slipPrinted) {
    }

    @Transactional(readOnly = true)
    public void write(AccountPrincipal admin, String organization, OutputStream out) throws IOException {
        List<Line> lines = new ArrayList<>();
        Page<AccountSummary> page;
        int n = 0;
        do {
            page = accounts.search(admin, new AccountQuery(null, organization, null), n++, 500);
            List<AccountSummary> members = page.getContent().stream().filter(a -> !a.officeAdmin() || a.organizationCode() != null).toList();
            Set<String> emailed = outbox.deliveredTo(Outbox.CATEGORY_ACCOUNT_ISSUED, members.stream()
                    .filter(a -> a.email() != null).map(a -> a.email().toLowerCase(Locale.ROOT)).toList());
            Set<String> printed = Set.copyOf(slips.findPrinted(members.stream().map(AccountSummary::username).toList()));
            members.forEach(a -> lines.add(new Line(a, a.email() != null && emailed.contains(a.email().toLowerCase(Locale.ROOT)),
                    printed.contains(a.username()))));
        } while (page.hasNext());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            summary(book.createSheet("Theo tổ chức"), lines);
            members(book.createSheet("Theo đảng viên"), lines);
            book.write(out);
            book.dispose();
        }
    }

    private static void summary(Sheet sheet, List<Line> lines) {
        header(sheet, "Mã tổ chức", "Tổ chức đảng", "Đã cấp tài khoản", "Đã gửi email", "Đã in phiếu", "Đã kích hoạt");
        Map<String, int[]> byOrg = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Line l : lines) {
            String code = l.account().organizationCode() == null ? "—" : l.account().organizationCode();
            names.putIfAbsent(code, l.account().organizationName());
            int[] c = byOrg.computeIfAbsent(code, k -> new int[4]);
            c[0]++;
            c[1] += l.emailed() ? 1 : 0;
            c[2] += l.slipPrinted() ? 1 : 0;
            c[3] += l.account().status() == AccountSummary.Status.ACTIVATED ? 1 : 0;
        }
        int r = 1;
        for (Map.Entry<String, int[]> e : byOrg.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(names.get(e.getKey()) == null ? "" : names.get(e.getKey()));
            for (int i = 0; i < 4; i++) {
                row.createCell(2 + i).setCellValue(e.getValue()[i]);
            }
        }
    }

    private static void members(Sheet sheet, List<Line> lines) {
        header(sheet, "Số thẻ đảng viên", "Họ và tên", "Mã tổ chức", "Tổ chức đảng", "Email", "Trạng thái", "Đã gửi email",
                "Đã in phiếu", "Đăng nhập gần nhất");
        int r = 1;
        for (Line l : lines) {
            AccountSummary a = l.account();
            String[] values = {a.username(), a.fullName(), a.organizationCode(), a.organizationName(), a.email(),
                status(a.status()), l.emailed() ? "Có" : "Không", l.slipPrinted() ? "Có" : "Không",
                a.lastSignInAt() == null ? "" : DATE.format(a.lastSignInAt())};
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
            }
        }
    }

    private static String status(AccountSummary.Status s) {
        return switch (s) {
            case NOT_ACTIVATED -> "Chưa kích hoạt";
            case ACTIVATED -> "Đã kích hoạt";
            case LOCKED -> "Bị khóa";
            case DISABLED -> "Vô hiệu";
        };
    }

    private static void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
        }
    }
}
