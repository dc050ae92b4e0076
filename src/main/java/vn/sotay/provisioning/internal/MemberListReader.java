package vn.sotay.provisioning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.sotay.shared.CsvFormatException;
import vn.sotay.shared.CsvReader;
import vn.sotay.shared.CsvRow;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ZipContainers;

/**
 * Reads an uploaded member list whatever its form: .xlsx (by content, not by name), or CSV in UTF-8 with or without
 * BOM, UTF-16 with BOM, or Windows-1258 (whose decomposed tone marks are normalised to NFC).
 */
public final class MemberListReader {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private MemberListReader() {
    }

    public static SheetData read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableListException("Tệp đã chọn không có nội dung (0 byte): vui lòng kiểm tra lại tệp ở mục «Tệp danh sách».");
        }
        if (ZipContainers.looksLikeZip(bytes)) {
            refuseZipBomb(bytes);
            return XlsxReader.read(new ByteArrayInputStream(bytes));
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableListException("Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Vui lòng mở tệp bằng Excel và "
                    + "lưu lại dưới dạng «Excel Workbook (.xlsx)» hoặc «CSV UTF-8».");
        }
        String text = Texts.nfc(decode(bytes));
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new UnreadableListException("Tệp không phải là bảng tính Excel (.xlsx) hay CSV: nội dung có ký tự nhị phân.");
        }
        return csv(text);
    }

    /** The library's check of office containers: POI's own guard is off once Tika has loaded. */
    private static void refuseZipBomb(byte[] bytes) {
        try {
            ZipContainers.check(() -> new SeekableInMemoryByteChannel(bytes), ZipContainers.DEFAULT_MAX_UNPACKED);
        } catch (ZipContainers.UnsafeContainerException e) {
            throw new UnreadableListException("Tệp Excel bị từ chối: nội dung nén bất thường (khi giải nén lớn gấp hơn 100 lần"
                    + " hoặc quá lớn), có thể là tệp độc hại hoặc bị hỏng.", e);
        } catch (IOException e) {
            throw new UnreadableListException(XlsxReader.UNREADABLE, e);
        }
    }

    /** The shared RFC 4180 reader; blank records are skipped, the first one is the header. */
    private static SheetData csv(String text) {
        List<CsvRow> records;
        try {
            records = CsvReader.parse(text);
        } catch (CsvFormatException e) {
            throw new UnreadableListException("Tệp CSV bị lỗi ở dòng " + e.row() + ": "
                    + (e.problem() == CsvFormatException.Problem.UNCLOSED_QUOTE ? "một giá trị mở dấu ngoặc kép mà không đóng."
                    : "có ký tự sau dấu ngoặc kép đóng của một giá trị."), e);
        }
        if (records.isEmpty()) {
            throw new UnreadableListException("Tệp trống: không có dòng tiêu đề nào.");
        }
        List<SheetData.Row> rows = records.subList(1, records.size()).stream().filter(r -> !r.blank())
                .map(r -> new SheetData.Row(r.number(), r.values())).toList();
        return new SheetData(records.get(0).values(), rows);
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (looksLikeUtf16(bytes)) {
            return new String(bytes, bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1258);
        }
    }

    /** UTF-16 without a BOM: most ASCII characters come with a zero byte beside them. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4000);
        int zeros = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return sample >= 4 && zeros * 4 >= sample;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
