package vn.sotay.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Generates a realistic member list (.xlsx in the units' format) of any size, with Vietnamese names. */
public final class MemberListGenerator {

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Tạ", "Nông");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu",
            "Hồng", "Xuân", "Kim", "Thế", "Bảo", "Diệu");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hà", "Hạnh", "Hoa", "Hùng",
            "Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng",
            "Trang", "Tuấn", "Việt", "Xuân", "Yến", "Đạt", "Ánh");
    static final List<String> CELLS = List.of("UBDT-VP", "UBDT-TH", "UBDT-CS", "UBDT-TC", "UBDT-TT", "HVDT-DT", "HVDT-NC", "HVDT-HC");

    private MemberListGenerator() {
    }

    /** {@code count} members with unique card numbers starting at {@code firstCard} and unique e-mails. */
    public static byte[] xlsx(int count, int firstCard, long seed) throws IOException {
        Random random = new Random(seed);
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            String[] headers = {"STT", "Họ và tên", "Số thẻ đảng viên", "Ngày sinh", "Giới tính", "Email", "Số điện thoại",
                "Ngày vào Đảng", "Ngày chính thức", "Mã tổ chức"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int n = 1; n <= count; n++) {
                String middle = MIDDLE.get(random.nextInt(MIDDLE.size()));
                String name = FAMILY.get(random.nextInt(FAMILY.size())) + " " + middle + " " + GIVEN.get(random.nextInt(GIVEN.size()));
                LocalDate birth = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate joined = birth.plusYears(18 + random.nextInt(12));
                String[] values = {String.valueOf(n), name, String.format("%08d", firstCard + n), dmy(birth),
                    middle.equals("Thị") ? "Nữ" : "Nam", "dv" + (firstCard + n) + "@example.org",
                    "09" + String.format("%08d", random.nextInt(100_000_000)), dmy(joined), dmy(joined.plusYears(1)),
                    CELLS.get(random.nextInt(CELLS.size()))};
                Row row = sheet.createRow(n);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static String dmy(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
