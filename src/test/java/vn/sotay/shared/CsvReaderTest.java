package vn.sotay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotay.shared.CsvFormatException.Problem;

class CsvReaderTest {

    private static List<CsvRow> read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> values(List<CsvRow> rows) {
        return rows.stream().map(CsvRow::values).toList();
    }

    @Test
    void readsPlainRowsWithEmptyValues() {
        assertThat(values(read("a,b,c\nx,,z\n"))).containsExactly(List.of("a", "b", "c"), List.of("x", "", "z"));
    }

    @Test
    void quotedValuesHoldSeparatorsLineBreaksAndDoubledQuotes() {
        List<CsvRow> rows = read("code,name\r\nA,\"Chi bộ \"\"Văn phòng\"\", số 1\"\r\nB,\"hai\r\ndòng\"\r\nC,cuối");
        assertThat(values(rows)).containsExactly(List.of("code", "name"), List.of("A", "Chi bộ \"Văn phòng\", số 1"),
                List.of("B", "hai\r\ndòng"), List.of("C", "cuối"));
        assertThat(rows).extracting(CsvRow::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void emptyQuotedValueAndTrailingSeparator() {
        assertThat(values(read("\"\",a,\n"))).containsExactly(List.of("", "a", ""));
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Mã,Tên\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        assertThat(CsvReader.read(all).get(0).values()).containsExactly("Mã", "Tên");
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] utf16 = "\uFEFFMã\tTên\r\nA\tChi bộ\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(values(CsvReader.read(utf16))).containsExactly(List.of("Mã", "Tên"), List.of("A", "Chi bộ"));
    }

    @Test
    void takesTheSeparatorTheFirstLineUses() {
        assertThat(CsvReader.separatorOf("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvReader.separatorOf("a,b;c\n")).isEqualTo(',');
        assertThat(CsvReader.separatorOf("\"a;b;c\",d\n")).isEqualTo(',');
        assertThat(CsvReader.separatorOf("a\tb\n")).isEqualTo('\t');
        assertThat(CsvReader.separatorOf("")).isEqualTo(',');
        assertThat(values(read("Mã;Tên\nA;\"x;y\"\n"))).containsExactly(List.of("Mã", "Tên"), List.of("A", "x;y"));
    }

    @Test
    void lineEndingsMayBeLfCrlfOrCr() {
        assertThat(values(read("a\rb\r\nc\nd"))).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    }

    @Test
    void blankRowsAreKeptAndRecognised() {
        List<CsvRow> rows = read("a,b\n\n , \nc,d\n");
        assertThat(rows).extracting(CsvRow::blank).containsExactly(false, true, true, false);
        assertThat(rows.get(3).number()).isEqualTo(4);
    }

    @Test
    void emptyInputHasNoRows() {
        assertThat(read("")).isEmpty();
    }

    @Test
    void missingValuesReadAsEmpty() {
        CsvRow row = read("a").get(0);
        assertThat(row.value(0)).isEqualTo("a");
        assertThat(row.value(3)).isEmpty();
        assertThat(row.value(-1)).isEmpty();
    }

    @Test
    void unclosedQuoteNamesRowAndValue() {
        assertThatThrownBy(() -> read("a,b\nx,\"open\ny,z\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNCLOSED_QUOTE);
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.value()).isEqualTo(1);
                });
    }

    @Test
    void textAfterClosingQuoteNamesRowAndValue() {
        assertThatThrownBy(() -> read("a,b\n\"x\"y,z\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TEXT_AFTER_QUOTE);
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.value()).isZero();
                });
    }

    @Test
    void refusesTextInAnOldEncoding() {
        byte[] singleByte = "Mã,Tên\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvReader.read(singleByte))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_TEXT));
    }

    @Test
    void recognisesExcelWorkbooks() {
        byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        assertThatThrownBy(() -> CsvReader.read(xlsx))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SPREADSHEET));
    }
}
