package vn.sotay.provisioning.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a member list back as .xlsx in the upload format plus a "Lỗi / cảnh báo" column, so a unit can fix the
 * rows and upload the same file again. Streams rows (constant memory for large lists). Card numbers are text cells,
 * so their leading zeros survive.
 */
public final class ReportWorkbook {

    /** One row of the sheet, in the upload template's column order. */
    public record Line(int row, String fullName, String cardNumber, String birthDate, String gender, String email,
            String phone, String joinedOn, String officialOn, String organizationCode) {
    }

    private static final String[] HEADERS = {"STT", "Họ và tên", "Số thẻ đảng viên", "Ngày sinh", "Giới tính", "Email",
        "Số điện thoại", "Ngày vào Đảng", "Ngày chính thức", "Mã tổ chức", "Lỗi / cảnh báo"};

    private ReportWorkbook() {
    }

    public static void write(List<Line> lines, List<ListIssue> issues, OutputStream out) throws IOException {
        Map<Integer, String> byRow = issues.stream().collect(Collectors.groupingBy(ListIssue::row,
                Collectors.mapping(i -> (i.error() ? "LỖI: " : "Cảnh báo: ") + i.message(), Collectors.joining("\n"))));
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Danh sách đảng viên");
            CellStyle headerStyle = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(HEADERS[i]);
                c.setCellStyle(headerStyle);
            }
            int r = 1;
            if (byRow.containsKey(0) || byRow.containsKey(1)) {
                Row fileRow = sheet.createRow(r++);
                fileRow.createCell(HEADERS.length - 1).setCellValue(String.join("\n",
                        byRow.getOrDefault(0, ""), byRow.getOrDefault(1, "")).strip());
            }
            int stt = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                String[] values = {String.valueOf(stt++), line.fullName(), line.cardNumber(), line.birthDate(), line.gender(),
                    line.email(), line.phone(), line.joinedOn(), line.officialOn(), line.organizationCode(),
                    byRow.getOrDefault(line.row(), "")};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
            }
            book.write(out);
            book.dispose();
        }
    }
}
