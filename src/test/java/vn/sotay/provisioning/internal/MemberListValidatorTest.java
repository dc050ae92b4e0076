package vn.sotay.provisioning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.sotay.organization.OrganizationView;

class MemberListValidatorTest {

    static final OrganizationView UBDT = new OrganizationView(2, "UBDT", "Đảng bộ cơ quan Ủy ban Dân tộc", 1L, "/1/2/", 1);
    static final OrganizationView UBDT_VP = new OrganizationView(3, "UBDT-VP", "Chi bộ Văn phòng", 2L, "/1/2/3/", 2);
    static final String HEADER = "STT,Họ và tên,Số thẻ đảng viên,Ngày sinh,Giới tính,Email,Số điện thoại,Ngày vào Đảng,Ngày chính thức,Mã tổ chức\n";

    private static ValidationContext context(OrganizationView defaultOrg, Collection<String> existingCards,
            Collection<String> existingEmails) {
        return new ValidationContext(Pattern.compile("\\d{8}"), 8, Map.of("UBDT", UBDT, "UBDT-VP", UBDT_VP),
                Set.of("DBK", "UBDT", "UBDT-VP", "HVDT"), Set.of("UBDT", "UBDT-VP"), defaultOrg,
                cards -> cards.stream().filter(existingCards::contains).toList(),
                emails -> emails.stream().filter(existingEmails::contains).toList(), LocalDate.of(2026, 12, 3), 1000);
    }

    private static MemberListValidator.Result validate(String csv) {
        return validate(csv, context(null, List.of(), List.of()));
    }

    private static MemberListValidator.Result validate(String csv, ValidationContext context) {
        return MemberListValidator.validate(MemberListReader.read(csv.getBytes(StandardCharsets.UTF_8)), context);
    }

    private static List<String> issues(MemberListValidator.Result r, boolean errors) {
        return r.issues().stream().filter(i -> i.error() == errors).map(i -> i.row() + "|" + i.column() + "|" + i.code()).toList();
    }

    @Test
    void aCleanRowPassesWithEveryValueNormalised() {
        MemberListValidator.Result r = validate(HEADER
                + "1, Đỗ  Đức Hải ,09291496,17/04/1975,nam,do.duc.hai@example.org,0982000453,4/9/2011,2012-10-09,UBDT-VP\n");
        assertThat(r.issues()).isEmpty();
        MemberRow row = r.rows().get(0);
        assertThat(row.fullName()).isEqualTo("Đỗ Đức Hải");
        assertThat(row.gender()).isEqualTo("Nam");
        assertThat(row.birthDate()).isEqualTo(LocalDate.of(1975, 4, 17));
        assertThat(row.joinedOn()).isEqualTo(LocalDate.of(2011, 9, 4));
        assertThat(row.officialOn()).isEqualTo(LocalDate.of(2012, 10, 9));
        assertThat(row.organizationId()).isEqualTo(3L);
    }

    @Test
    void headersMatchWhateverTheirCaseDiacriticsSpacingAndOrder() {
        MemberListValidator.Result r = validate("MÃ TỔ CHỨC; so the dang vien ;HỌ  VÀ TÊN;Ghi chú\nUBDT;01234567;Trần Văn Ba;x\n");
        assertThat(issues(r, true)).isEmpty();
        assertThat(issues(r, false)).containsExactly("1|Ghi chú|UNKNOWN_COLUMN", "2|Email|NO_EMAIL");
        assertThat(r.rows().get(0).cardNumber()).isEqualTo("01234567");
    }

    @Test
    void missingRequiredColumnsStopTheWholeFile() {
        MemberListValidator.Result r = validate("STT,Email\n1,a@example.org\n");
        assertThat(r.rows()).isEmpty();
        assertThat(r.issues()).extracting(ListIssue::message).contains(
                "Thiếu cột «Họ và tên» trong dòng tiêu đề (dòng 1).", "Thiếu cột «Số thẻ đảng viên» trong dòng tiêu đề (dòng 1).");
    }

    @Test
    void missingNameAndCardAndMalformedValuesAreNamedByRowAndColumn() {
        MemberListValidator.Result r = validate(HEADER
                + "1,,12345678,,,,,,,UBDT\n"
                + "2,Lê Văn Hai,,,,,,,,UBDT\n"
                + "3,Lê Văn Ba,1234567A,,,khong-phai-email,,,,UBDT\n"
                + "4,Lê Văn Bốn,123456789,31/02/1990,,,,,,UBDT\n");
        assertThat(issues(r, true)).containsExactly(
                "2|Họ và tên|REQUIRED", "3|Số thẻ đảng viên|REQUIRED", "4|Số thẻ đảng viên|CARD_FORMAT",
                "4|Email|EMAIL_FORMAT", "5|Số thẻ đảng viên|CARD_FORMAT", "5|Ngày sinh|DATE_FORMAT");
        assertThat(r.issues()).extracting(ListIssue::message).contains(
                "Số thẻ đảng viên «1234567A» không đúng định dạng (phải gồm đúng 8 chữ số).",
                "Ngày sinh «31/02/1990» không phải là ngày hợp lệ (dùng dạng ngày/tháng/năm, ví dụ 17/04/1975).");
    }

    @Test
    void leadingZerosLostByASpreadsheetAreRestoredWithAWarning() {
        MemberListValidator.Result r = validate(HEADER + "1,Vũ Thị Không,594822,,,,,,,UBDT\n2,Vũ Thị Khoa,1.2345678E7,,,,,,,UBDT\n");
        assertThat(r.rows()).extracting(MemberRow::cardNumber).containsExactly("00594822", "12345678");
        assertThat(issues(r, false)).contains("2|Số thẻ đảng viên|ZEROS_RESTORED");
        assertThat(issues(r, true)).isEmpty();
    }

    @Test
    void datesInEveryAcceptedFormAndImpossibleOrFutureOnesRefused() {
        MemberListValidator.Result r = validate(HEADER
                + "1,A Một,00000001,8/3/1968,,,,1995-05-19,27168,UBDT\n"
                + "2,B Hai,00000002,29/02/2023,,,,01/01/2030,,UBDT\n");
        assertThat(r.rows().get(0).birthDate()).isEqualTo(LocalDate.of(1968, 3, 8));
        assertThat(r.rows().get(0).joinedOn()).isEqualTo(LocalDate.of(1995, 5, 19));
        assertThat(r.rows().get(0).officialOn()).isEqualTo(LocalDate.of(1974, 5, 19));
        assertThat(issues(r, true)).containsExactly("3|Ngày sinh|DATE_FORMAT", "3|Ngày vào Đảng|DATE_IN_FUTURE");
        assertThat(issues(r, false)).contains("2|Ngày chính thức|OFFICIAL_BEFORE_JOINED");
    }

    @Test
    void duplicatesInsideTheFileAndAgainstExistingAccountsAreErrors() {
        String csv = HEADER
                + "1,A,11111111,,,a@example.org,,,,UBDT\n"
                + "2,B,11111111,,,B@example.org,,,,UBDT\n"
                + "3,C,22222222,,,b@example.org,,,,UBDT\n"
                + "4,D,33333333,,,taken@example.org,,,,UBDT\n"
                + "5,E,44444444,,,other@example.org,,,,UBDT\n";
        MemberListValidator.Result r = validate(csv, context(null, List.of("33333333"),
                List.of("taken@example.org", "other@example.org")));
        assertThat(issues(r, true)).as("a row whose card has an account (e.g. the admin's own) is reported once").containsExactly(
                "3|Số thẻ đảng viên|DUPLICATE_CARD", "4|Email|DUPLICATE_EMAIL",
                "5|Số thẻ đảng viên|CARD_EXISTS", "6|Email|EMAIL_EXISTS");
        assertThat(r.issues()).extracting(ListIssue::message).contains("Số thẻ «11111111» trùng với dòng 2.");
    }

    @Test
    void genderIsNamOrNuInAnyCaseWithOrWithoutDiacriticsAndAnythingElseIsAnError() {
        List<String> typed = List.of("nu", "NỮ", "Nu", "NAM", "nam", "Nữ", "Nũ", "X", "Nữa", "");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < typed.size(); i++) {
            csv.append(i + 1).append(",Tên ").append(i).append(",1111111").append(i).append(",,").append(typed.get(i))
                    .append(",,,,,UBDT\n");
        }
        MemberListValidator.Result r = validate(csv.toString());
        assertThat(r.rows()).extracting(MemberRow::gender).containsExactly("Nữ", "Nữ", "Nữ", "Nam", "Nam", "Nữ", "Nũ", "X", "Nữa", null);
        assertThat(issues(r, true)).containsExactly("8|Giới tính|GENDER_UNKNOWN", "9|Giới tính|GENDER_UNKNOWN",
                "10|Giới tính|GENDER_UNKNOWN");
        assertThat(r.issues()).extracting(ListIssue::message)
                .contains("Giới tính «X» không hợp lệ: vui lòng ghi «Nam» hoặc «Nữ» (có dấu hoặc không dấu).");
    }

    @Test
    void organisationsMustExistAndLieInTheAdminsSubtree() {
        MemberListValidator.Result r = validate(HEADER
                + "1,A,11111111,,,,,,,HVDT\n2,B,22222222,,,,,,,KHONG-CO\n3,C,33333333,,,,,,,\n");
        assertThat(issues(r, true)).containsExactly("2|Mã tổ chức|OUTSIDE_SUBTREE", "3|Mã tổ chức|UNKNOWN_ORGANIZATION",
                "4|Mã tổ chức|REQUIRED");
        MemberListValidator.Result withDefault = validate(HEADER + "1,C,33333333,,,,,,,\n", context(UBDT, List.of(), List.of()));
        assertThat(issues(withDefault, true)).isEmpty();
        assertThat(withDefault.rows().get(0).organizationCode()).isEqualTo("UBDT");
    }

    @Test
    void theSampleListIsCleanForTheOfficeOnceItsOrganisationsExist() throws Exception {
        Map<String, OrganizationView> all = new java.util.HashMap<>();
        long id = 10;
        for (String code : List.of("UBDT-VP", "UBDT-TH", "UBDT-CS", "UBDT-TC", "UBDT-TT", "HVDT-DT", "HVDT-NC", "HVDT-HC")) {
            all.put(code, new OrganizationView(id, code, code, 1L, "/1/" + id++ + "/", 1));
        }
        ValidationContext office = new ValidationContext(Pattern.compile("\\d{8}"), 8, all, all.keySet(), all.keySet(), null,
                c -> List.of(), e -> List.of(), LocalDate.of(2026, 12, 3), 1000);
        MemberListValidator.Result r = MemberListValidator.validate(
                MemberListReader.read(java.nio.file.Files.readAllBytes(MemberListReaderTest.SAMPLE_XLSX)), office);
        assertThat(r.rows()).hasSize(60);
        assertThat(issues(r, true)).isEmpty();
    }
}
