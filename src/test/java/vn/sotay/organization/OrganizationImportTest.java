package vn.sotay.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.sotay.organization.OrganizationTestData.HEADER;
import static vn.sotay.organization.OrganizationTestData.csv;
import static vn.sotay.organization.OrganizationTestData.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sotay.organization.OrganizationEvents.OrganizationCreated;
import vn.sotay.organization.OrganizationEvents.OrganizationImportRejected;
import vn.sotay.organization.OrganizationEvents.OrganizationMoved;
import vn.sotay.organization.OrganizationEvents.OrganizationRenamed;
import vn.sotay.organization.OrganizationEvents.OrganizationsImported;

class OrganizationImportTest extends CleanTreeTest {

    @Autowired
    OrganizationDirectory directory;

    private ImportSummary importCsv(byte[] content) {
        return management.importCsv("to-chuc.csv", stream(content));
    }

    private ImportSummary importCorpus() throws IOException {
        return importCsv(OrganizationTestData.corpus());
    }

    @Test
    void importsTheCorpusTree() throws IOException {
        ImportSummary summary = importCorpus();
        assertThat(summary).isEqualTo(new ImportSummary(11, 0, 0, List.of(), List.of()));
        Organization dbk = stored("DBK");
        Organization ubdt = stored("UBDT");
        Organization vp = stored("UBDT-VP");
        assertThat(vp.getName()).isEqualTo("Chi bộ Văn phòng");
        assertThat(vp.getPath()).isEqualTo("/" + dbk.getId() + "/" + ubdt.getId() + "/" + vp.getId() + "/");
        assertThat(vp.getDepth()).isEqualTo(2);
        assertThat(stored("HVDT-HC").getName()).isEqualTo("Chi bộ Phòng Hành chính - Quản trị");
        List<OrganizationNode> tree = directory.tree();
        assertThat(tree).extracting(OrganizationNode::code).containsExactly("DBK");
        assertThat(tree.get(0).children()).extracting(OrganizationNode::code).containsExactly("UBDT", "HVDT");
        assertThat(tree.get(0).children().get(0).children()).hasSize(5);
        assertThat(events.stream(OrganizationCreated.class)).hasSize(11);
        assertThat(events.stream(OrganizationsImported.class)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ORGANIZATIONS_IMPORTED");
            assertThat(e.target()).isEqualTo("to-chuc.csv");
            assertThat(e.details()).isEqualTo("thêm mới 11, cập nhật 0, giữ nguyên 0");
        });
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        importCorpus();
        List<Map<String, Object>> before = OrganizationTestData.snapshot(jdbc);
        assertThat(importCorpus()).isEqualTo(new ImportSummary(0, 0, 11, List.of(), List.of()));
        assertThat(OrganizationTestData.snapshot(jdbc)).isEqualTo(before);
        assertThat(events.stream(OrganizationRenamed.class)).isEmpty();
        assertThat(events.stream(OrganizationMoved.class)).isEmpty();
    }

    @Test
    void childrenMayComeBeforeTheirParents() {
        ImportSummary summary = importCsv(csv(HEADER, "C,B,Chi bộ C", "B,A,Đảng bộ B", "A,,Đảng bộ A"));
        assertThat(summary.created()).isEqualTo(3);
        assertThat(stored("C").getPath())
                .isEqualTo("/" + stored("A").getId() + "/" + stored("B").getId() + "/" + stored("C").getId() + "/");
    }

    @Test
    void readsExcelStyleFiles() {
        String text = "\uFEFFTÊN TỔ CHỨC;ma to chuc;Mã  tổ chức cấp trên;Ghi chú\r\n"
                + "\"Đảng bộ \"\"A\"\"; khối 1\";A;;ghi chú\r\n"
                + Normalizer.normalize("Chi bộ Văn phòng;VP;A;\r\n", Normalizer.Form.NFD) + ";;;\r\n";
        ImportSummary summary = importCsv(text.getBytes(StandardCharsets.UTF_8));
        assertThat(summary.errors()).isEmpty();
        assertThat(summary.created()).isEqualTo(2);
        assertThat(summary.warnings()).extracting(ImportIssue::row, ImportIssue::column).containsExactly(tuple(1, "Ghi chú"));
        assertThat(stored("A").getName()).isEqualTo("Đảng bộ \"A\"; khối 1");
        assertThat(stored("VP").getName()).isEqualTo("Chi bộ Văn phòng");
    }

    @Test
    void updatesKnownCodesAndMovesTheirSubtrees() throws IOException {
        importCorpus();
        ImportSummary summary = importCsv(csv(HEADER, "UBDT-VP,UBDT,Chi bộ Văn phòng Ủy ban", "HVDT,UBDT,Đảng bộ Học viện Dân tộc",
                "UBDT,DBK,Đảng bộ cơ quan Ủy ban Dân tộc", "MOI,HVDT,Chi bộ mới"));
        assertThat(summary).isEqualTo(new ImportSummary(1, 2, 1, List.of(), List.of()));
        Organization hvdt = stored("HVDT");
        assertThat(hvdt.getParentId()).isEqualTo(stored("UBDT").getId());
        assertThat(hvdt.getDepth()).isEqualTo(2);
        for (String cell : new String[] {"HVDT-DT", "HVDT-NC", "HVDT-HC", "MOI"}) {
            assertThat(stored(cell).getPath()).isEqualTo(hvdt.getPath() + stored(cell).getId() + "/");
            assertThat(stored(cell).getDepth()).isEqualTo(3);
        }
        assertThat(stored("UBDT-VP").getName()).isEqualTo("Chi bộ Văn phòng Ủy ban");
        assertThat(events.stream(OrganizationMoved.class)).extracting(OrganizationMoved::details).containsExactly("DBK → UBDT");
        assertThat(events.stream(OrganizationRenamed.class)).extracting(OrganizationRenamed::target).containsExactly("UBDT-VP");
    }

    @Test
    void aRowMayMoveAnOrganisationToTheRoot() throws IOException {
        importCorpus();
        importCsv(csv(HEADER, "HVDT,,Đảng bộ Học viện Dân tộc"));
        Organization hvdt = stored("HVDT");
        assertThat(hvdt.getPath()).isEqualTo("/" + hvdt.getId() + "/");
        assertThat(stored("HVDT-NC").getDepth()).isEqualTo(1);
    }

    @Test
    void oneBadRowAndNothingIsWritten() throws IOException {
        importCorpus();
        List<Map<String, Object>> before = OrganizationTestData.snapshot(jdbc);
        ImportSummary summary = importCsv(csv(HEADER, "MOI,DBK,Đảng bộ mới", "UBDT-VP,UBDT,Tên đổi", "HVDT,UBDT,Chuyển",
                "XAU,KHONG-CO,Chi bộ xấu"));
        assertThat(summary.imported()).isFalse();
        assertThat(summary.created() + summary.updated() + summary.unchanged()).isZero();
        assertThat(OrganizationTestData.snapshot(jdbc)).isEqualTo(before);
        assertThat(events.stream(OrganizationImportRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("1 lỗi"));
        assertThat(events.stream(OrganizationCreated.class)).hasSize(11);
    }

    @Test
    void reportsRowErrorsAndTreeErrorsTogether() {
        ImportSummary summary = importCsv(csv(HEADER, "A,,", "B,XYZ,Chi bộ B", ",A,Chi bộ không mã", "C,D,Chi bộ C", "D,C,Chi bộ D"));
        assertThat(summary.errors()).extracting(ImportIssue::row, ImportIssue::code).containsExactly(
                tuple(2, "NAME_REQUIRED"), tuple(3, "PARENT_UNKNOWN"), tuple(4, "CODE_REQUIRED"), tuple(5, "CYCLE"),
                tuple(6, "CYCLE"));
    }

    @Test
    void refusesACycleThroughTheDatabase() throws IOException {
        importCorpus();
        ImportSummary summary = importCsv(csv(HEADER, "DBK,UBDT-VP,Đảng bộ Khối"));
        assertThat(summary.errors()).singleElement().satisfies(e -> assertThat(e.message()).isEqualTo(
                "Dòng 2, cột «Mã tổ chức cấp trên»: đặt «DBK» dưới «UBDT-VP» tạo thành vòng lặp DBK → UBDT-VP → UBDT → DBK "
                        + "(mỗi mũi tên chỉ từ một tổ chức lên cấp trên của nó)."));
        assertThat(stored("DBK").getParentId()).isNull();
    }

    @Test
    void refusesACycleWithinTheFileOnEachOfItsRows() {
        ImportSummary summary = importCsv(csv(HEADER, "R,,Gốc", "A,B,Đảng bộ A", "B,C,Đảng bộ B", "C,A,Đảng bộ C", "D,C,Chi bộ D"));
        assertThat(summary.errors()).extracting(ImportIssue::message).containsExactly(
                "Dòng 3, cột «Mã tổ chức cấp trên»: đặt «A» dưới «B» tạo thành vòng lặp A → B → C → A "
                        + "(mỗi mũi tên chỉ từ một tổ chức lên cấp trên của nó).",
                "Dòng 4, cột «Mã tổ chức cấp trên»: đặt «B» dưới «C» tạo thành vòng lặp B → C → A → B "
                        + "(mỗi mũi tên chỉ từ một tổ chức lên cấp trên của nó).",
                "Dòng 5, cột «Mã tổ chức cấp trên»: đặt «C» dưới «A» tạo thành vòng lặp C → A → B → C "
                        + "(mỗi mũi tên chỉ từ một tổ chức lên cấp trên của nó).");
        assertThat(organizations.count()).isZero();
    }

    @Test
    void refusesATreeDeeperThanTheLimit() {
        List<String> lines = new ArrayList<>(List.of(HEADER, "L0,,Cấp 0"));
        for (int i = 1; i <= OrganizationRules.MAX_DEPTH; i++) {
            lines.add("L" + i + ",L" + (i - 1) + ",Cấp " + i);
        }
        ImportSummary summary = importCsv(csv(lines.toArray(String[]::new)));
        assertThat(summary.errors()).extracting(ImportIssue::row, ImportIssue::code)
                .containsExactly(tuple(OrganizationRules.MAX_DEPTH + 2, "TOO_DEEP"));
        assertThat(organizations.count()).isZero();
    }

    static Stream<Arguments> badFiles() {
        byte[] latin1 = (HEADER + "\nA,,Đảng bộ\n").getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("tệp rỗng", new byte[0], null, null, "EMPTY_FILE",
                        "Tệp trống hoặc chưa chọn tệp. Hãy chọn một tệp CSV có dòng tiêu đề và ít nhất một dòng dữ liệu."),
                Arguments.of("chỉ có dòng trống", csv("", ",,", " "), null, null, "EMPTY_FILE", "Tệp trống"),
                Arguments.of("chỉ có tiêu đề", csv(HEADER), 1, null, "NO_DATA",
                        "Dòng 1: tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào."),
                Arguments.of("không có tiêu đề", csv("DBK,,Đảng bộ Khối"), 1, null, "NO_HEADER", "Dòng 1: không nhận ra dòng tiêu đề."),
                Arguments.of("thiếu cột", csv("Mã tổ chức,Tên tổ chức", "A,Tên"), 1, "Mã tổ chức cấp trên", "MISSING_COLUMN",
                        "Dòng 1, cột «Mã tổ chức cấp trên»: dòng tiêu đề thiếu cột này"),
                Arguments.of("thiếu mã", csv(HEADER, "A,,Đảng bộ A", " ,A,Chi bộ"), 3, "Mã tổ chức", "CODE_REQUIRED",
                        "Dòng 3, cột «Mã tổ chức»: chưa có mã tổ chức."),
                Arguments.of("thiếu tên", csv(HEADER, "A,,  "), 2, "Tên tổ chức", "NAME_REQUIRED",
                        "Dòng 2, cột «Tên tổ chức»: chưa có tên tổ chức."),
                Arguments.of("mã trùng trong tệp", csv(HEADER, "A,,Đảng bộ A", "B,A,Chi bộ B", "A,,Lặp lại"), 4, "Mã tổ chức",
                        "DUPLICATE_CODE", "Dòng 4, cột «Mã tổ chức»: mã «A» đã có ở dòng 2; mỗi tổ chức chỉ được ghi một dòng."),
                Arguments.of("cấp trên không tồn tại", csv(HEADER, "A,,Đảng bộ A", "B,A,Chi bộ B", "C,A,Chi bộ C", "D,XYZ,Chi bộ D"),
                        5, "Mã tổ chức cấp trên", "PARENT_UNKNOWN",
                        "Dòng 5, cột «Mã tổ chức cấp trên»: mã «XYZ» không tồn tại trong tệp hay trong hệ thống."),
                Arguments.of("mã phân biệt chữ hoa", csv(HEADER, "A,,Đảng bộ A", "B,a,Chi bộ B"), 3, "Mã tổ chức cấp trên",
                        "PARENT_UNKNOWN", "mã «a» không tồn tại"),
                Arguments.of("cấp trên là chính nó", csv(HEADER, "A,A,Đảng bộ A"), 2, "Mã tổ chức cấp trên", "PARENT_SELF",
                        "Dòng 2, cột «Mã tổ chức cấp trên»: tổ chức «A» không thể là cấp trên của chính nó."),
                Arguments.of("mã quá dài", csv(HEADER, "X".repeat(51) + ",,Tên"), 2, "Mã tổ chức", "CODE_TOO_LONG",
                        "Dòng 2, cột «Mã tổ chức»: mã «" + "X".repeat(51) + "» dài 51 ký tự, vượt quá giới hạn 50 ký tự."),
                Arguments.of("tên quá dài", csv(HEADER, "A,," + "N".repeat(301)), 2, "Tên tổ chức", "NAME_TOO_LONG",
                        "Dòng 2, cột «Tên tổ chức»: tên dài 301 ký tự, vượt quá giới hạn 300 ký tự."),
                Arguments.of("mã cấp trên quá dài", csv(HEADER, "A," + "P".repeat(51) + ",Tên"), 2, "Mã tổ chức cấp trên",
                        "CODE_TOO_LONG", "dài 51 ký tự"),
                Arguments.of("mã có khoảng trắng", csv(HEADER, "UB DT,,Tên"), 2, "Mã tổ chức", "CODE_INVALID",
                        "Dòng 2, cột «Mã tổ chức»: mã «UB DT» không hợp lệ"),
                Arguments.of("ngoặc kép không đóng", csv(HEADER, "A,,\"Đảng bộ A", "B,A,Chi bộ"), 2, null, "UNCLOSED_QUOTE",
                        "Dòng 2: giá trị thứ 3 mở dấu ngoặc kép mà không đóng lại"),
                Arguments.of("không phải UTF-8", latin1, null, null, "NOT_TEXT", "Tệp không phải văn bản mã hóa UTF-8"),
                Arguments.of("tệp Excel", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}, null, null, "SPREADSHEET",
                        "Đây là tệp bảng tính Excel, chưa phải tệp CSV."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesABadFileAndWritesNothing(String title, byte[] content, Integer row, String column, String code,
            String message) {
        ImportSummary summary = importCsv(content);
        assertThat(summary.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.code()).isEqualTo(code));
        ImportIssue first = summary.errors().get(0);
        assertThat(first.row()).isEqualTo(row);
        assertThat(first.column()).isEqualTo(column);
        assertThat(first.message()).contains(message);
        assertThat(summary.created() + summary.updated() + summary.unchanged()).isZero();
        assertThat(organizations.count()).isZero();
    }
}
