package vn.sotay.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.sotay.support.ZipBombs;

class MemberListReaderTest {

    static final Path SAMPLE_CSV = Path.of("../shared/corpus/members/members-sample.csv");
    static final Path SAMPLE_XLSX = Path.of("../shared/corpus/members/members-sample.xlsx");
    static final String CSV = "Họ và tên,Số thẻ đảng viên,Mã tổ chức\nĐỗ Đức Hải,09291496,UBDT-VP\nLê Thị Ngọc Ánh,03752445,UBDT-TH\n";

    @Test
    void theSampleCsvWithBomAndTheSampleXlsxReadTheSame() throws IOException {
        SheetData csv = MemberListReader.read(Files.readAllBytes(SAMPLE_CSV));
        SheetData xlsx = MemberListReader.read(Files.readAllBytes(SAMPLE_XLSX));
        assertThat(csv.headers().get(0)).isEqualTo("STT");
        assertThat(csv.rows()).hasSize(60);
        assertThat(xlsx.rows()).hasSize(60);
        assertThat(csv.rows().get(0).cells()).contains("Đỗ Đức Hải", "09291496", "17/04/1975", "UBDT-VP");
        assertThat(xlsx.rows().get(0).cell(1)).isEqualTo(csv.rows().get(0).cell(1));
        assertThat(xlsx.rows().get(0).cell(2)).isEqualTo("09291496");
        assertThat(csv.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, CSV.getBytes(StandardCharsets.UTF_16BE));
        assertThat(MemberListReader.read(le).rows().get(1).cell(0)).isEqualTo("Lê Thị Ngọc Ánh");
        assertThat(MemberListReader.read(be).rows().get(1).cell(0)).isEqualTo("Lê Thị Ngọc Ánh");
    }

    @Test
    void windows1258WithDecomposedToneMarksBecomesNfc() {
        byte[] bytes = windows1258(CSV);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("?");
        SheetData sheet = MemberListReader.read(bytes);
        assertThat(sheet.headers()).containsExactly("Họ và tên", "Số thẻ đảng viên", "Mã tổ chức");
        assertThat(sheet.rows().get(1).cell(0)).isEqualTo("Lê Thị Ngọc Ánh");
        assertThat(Normalizer.isNormalized(sheet.rows().get(1).cell(0), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void semicolonsQuotesAndBlankLinesAreHandled() {
        String text = "Họ và tên;Số thẻ đảng viên;Mã tổ chức\r\n\"Nguyễn Văn \"\"Tư\"\"; Hà Nội\";01234567;UBDT\r\n;;\r\n";
        SheetData sheet = MemberListReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("Nguyễn Văn \"Tư\"; Hà Nội");
    }

    @Test
    void xlsxNumbersLoseNoDigitsAndDatesComeOutAsIso() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            XSSFRow header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Số thẻ đảng viên");
            header.createCell(2).setCellValue("Ngày sinh");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("Phạm Thị Số");
            row.createCell(1).setCellValue(1234567d);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("m/d/yy"));
            row.createCell(2).setCellValue(LocalDate.of(1968, 3, 8));
            row.getCell(2).setCellStyle(date);
            book.write(out);
            SheetData data = MemberListReader.read(out.toByteArray());
            assertThat(data.rows().get(0).cells()).containsExactly("Phạm Thị Số", "1234567", "1968-03-08");
        }
    }

    @Test
    void filesThatAreNoListGetAClearMessage() {
        assertThatThrownBy(() -> MemberListReader.read(new byte[0])).hasMessageContaining("không có nội dung (0 byte)");
        assertThatThrownBy(() -> MemberListReader.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .hasMessageContaining(".xls");
        assertThatThrownBy(() -> MemberListReader.read(new byte[] {0x7F, 'E', 'L', 'F', 1, 2, 3, 0, 0, 0, 5}))
                .hasMessageContaining("nhị phân");
        assertThatThrownBy(() -> MemberListReader.read("Họ và tên,Số thẻ đảng viên\n\"Lê Văn Mở,01234567\n"
                .getBytes(StandardCharsets.UTF_8))).hasMessage("Tệp CSV bị lỗi ở dòng 2: một giá trị mở dấu ngoặc kép mà không đóng.");
        assertThatThrownBy(() -> MemberListReader.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .hasMessageContaining("Không đọc được tệp Excel");
    }

    /** Tika's OOXML parser turns POI's zip-bomb guard off for the whole JVM when it loads: the list's own check stays. */
    @Test
    void anXlsxZipBombIsRefusedEvenAfterTikaHasLoaded() throws Exception {
        Class.forName("org.apache.tika.parser.microsoft.ooxml.OOXMLParser");
        byte[] bomb = ZipBombs.xlsx();
        assertThatThrownBy(() -> MemberListReader.read(bomb)).isInstanceOf(UnreadableListException.class)
                .hasMessageContaining("nội dung nén bất thường");
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    /** Windows-1258 as Vietnamese Windows writes it: ă â ê ô ơ ư đ precomposed, tone marks as combining characters. */
    static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        StringBuilder base = new StringBuilder();
        for (int i = 0; i <= nfd.length(); i++) {
            char c = i < nfd.length() ? nfd.charAt(i) : ' ';
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (mark && "\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
                tones.append(c);
            } else if (mark) {
                base.append(c);
            } else {
                out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
                base.setLength(0);
                tones.setLength(0);
                if (i < nfd.length()) {
                    base.append(c);
                }
            }
        }
        return out.toString().getBytes(Charset.forName("windows-1258"));
    }
}
