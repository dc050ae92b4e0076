package vn.sotay.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The reading of a tree file on its own: header matching, cleaning and the checks of single rows. */
class ImportFileTest {

    private ImportIssues issues;

    @BeforeEach
    void vietnamese() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/organization");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        issues = new ImportIssues(messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private List<ImportRow> read(String text) {
        return ImportFile.read(text.getBytes(StandardCharsets.UTF_8), issues);
    }

    private ImportSummary summary() {
        return issues.summary(0, 0, 0);
    }

    @Test
    void readsColumnsInAnyOrderAndCleansValues() {
        List<ImportRow> rows = read("TÊN TỔ CHỨC;ma to chuc;Mã  tổ chức cấp trên\n"
                + "\"  Chi bộ\n  Văn phòng \";UBDT-VP ;UBDT\n;;\nĐảng bộ;UBDT;\n");
        assertThat(summary().errors()).isEmpty();
        assertThat(rows).containsExactly(new ImportRow(2, "UBDT-VP", "UBDT", "Chi bộ Văn phòng"),
                new ImportRow(4, "UBDT", null, "Đảng bộ"));
    }

    @Test
    void unknownColumnIsAWarningAndIgnored() {
        List<ImportRow> rows = read("Mã tổ chức,Ghi chú,Mã tổ chức cấp trên,Tên tổ chức\nA,bỏ qua,,Tên A\n");
        assertThat(rows).containsExactly(new ImportRow(2, "A", null, "Tên A"));
        assertThat(summary().errors()).isEmpty();
        assertThat(summary().warnings()).singleElement().satisfies(w -> {
            assertThat(w.row()).isEqualTo(1);
            assertThat(w.column()).isEqualTo("Ghi chú");
            assertThat(w.message()).isEqualTo("Dòng 1, cột «Ghi chú»: cột này không thuộc mẫu nên đã được bỏ qua.");
        });
    }

    @Test
    void extraValuesAreAWarning() {
        read("Mã tổ chức,Mã tổ chức cấp trên,Tên tổ chức\nA,,Tên A,thừa\nB,,Tên B,,\n");
        assertThat(summary().errors()).isEmpty();
        assertThat(summary().warnings()).extracting(ImportIssue::row, ImportIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "EXTRA_VALUES"));
    }

    @Test
    void missingAndRepeatedColumnsAreErrorsOfTheHeaderRow() {
        read("Mã tổ chức,Tên tổ chức,TÊN TỔ CHỨC\nA,Tên,Tên\n");
        assertThat(summary().errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "TÊN TỔ CHỨC", "REPEATED_COLUMN"),
                        org.assertj.core.groups.Tuple.tuple(1, "Mã tổ chức cấp trên", "MISSING_COLUMN"));
    }

    @Test
    void dataWithoutHeaderIsNotRecognised() {
        read("DBK,,Đảng bộ Khối\n");
        assertThat(summary().errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("NO_HEADER");
            assertThat(e.message()).startsWith("Dòng 1: không nhận ra dòng tiêu đề.");
        });
    }

    @Test
    void headerAfterBlankLinesKeepsItsSpreadsheetRowNumber() {
        List<ImportRow> rows = read("\n,,\nMã tổ chức,Mã tổ chức cấp trên,Tên tổ chức\nA,,\n");
        assertThat(rows).extracting(ImportRow::row).containsExactly(4);
        assertThat(summary().errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Dòng 4, cột «Tên tổ chức»: chưa có tên tổ chức."));
    }

    @Test
    void errorsComeInRowOrderAndAreCapped() {
        StringBuilder csv = new StringBuilder("Mã tổ chức,Mã tổ chức cấp trên,Tên tổ chức\n");
        for (int i = 0; i < ImportIssues.MAX_LISTED + 5; i++) {
            csv.append(",,Tên\n");
        }
        read(csv.toString());
        List<ImportIssue> errors = summary().errors();
        assertThat(errors).hasSize(ImportIssues.MAX_LISTED + 1);
        assertThat(errors.get(0).row()).isEqualTo(2);
        assertThat(errors.get(errors.size() - 1).code()).isEqualTo("MORE_ERRORS");
        assertThat(errors.get(errors.size() - 1).message()).startsWith("Còn 5 lỗi khác");
    }
}
