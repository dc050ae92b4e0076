package vn.sotay.provisioning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sotay.organization.OrganizationView;
import vn.sotay.shared.Texts;

/**
 * Checks a member list row by row before anything is saved, and names every problem by row and column in
 * Vietnamese. Errors block submission; warnings (a restored leading zero, a missing e-mail) do not.
 */
public final class MemberListValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^\\d+(\\.\\d+)?[eE]\\+?\\d+$");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<String> GENDERS = List.of("Nam", "Nữ", "Khác");

    /** The validated list: rows (also those with errors, for the report) and every issue found. */
    public record Result(List<MemberRow> rows, List<ListIssue> issues) {
        public long errorCount() {
            return issues.stream().filter(ListIssue::error).count();
        }
    }

    private final ValidationContext context;
    private final List<ListIssue> issues = new ArrayList<>();

    private MemberListValidator(ValidationContext context) {
        this.context = context;
    }

    public static Result validate(SheetData sheet, ValidationContext context) {
        return new MemberListValidator(context).run(sheet);
    }

    private Result run(SheetData sheet) {
        Map<ListColumn, Integer> columns = columns(sheet.headers());
        if (issues.stream().anyMatch(ListIssue::error)) {
            return new Result(List.of(), issues);
        }
        if (sheet.rows().size() > context.maxRows()) {
            fileError("TOO_MANY_ROWS", "Tệp có " + sheet.rows().size() + " dòng, vượt quá giới hạn " + context.maxRows()
                    + " dòng cho một lần tải lên. Vui lòng chia thành nhiều tệp.");
            return new Result(List.of(), issues);
        }
        if (sheet.rows().isEmpty()) {
            fileError("NO_ROWS", "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
            return new Result(List.of(), issues);
        }
        List<MemberRow> rows = new ArrayList<>(sheet.rows().size());
        for (SheetData.Row row : sheet.rows()) {
            rows.add(new RowCheck(row, columns).check());
        }
        checkDuplicates(rows);
        return new Result(rows, issues);
    }

    private Map<ListColumn, Integer> columns(List<String> headers) {
        Map<ListColumn, Integer> found = new EnumMap<>(ListColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = Texts.nfcTrim(headers.get(i));
            if (header.isEmpty()) {
                continue;
            }
            Optional<ListColumn> column = ListColumn.of(header);
            if (column.isEmpty()) {
                issues.add(new ListIssue(1, header, "UNKNOWN_COLUMN", "Cột «" + header + "» không được nhận ra và đã bị bỏ qua.", false));
            } else if (found.putIfAbsent(column.get(), i) != null) {
                issues.add(new ListIssue(1, header, "DUPLICATE_COLUMN", "Cột «" + header
                        + "» lặp lại: chỉ dùng cột đầu tiên.", false));
            }
        }
        for (ListColumn required : List.of(ListColumn.FULL_NAME, ListColumn.CARD_NUMBER)) {
            if (!found.containsKey(required)) {
                fileError("MISSING_COLUMN", "Thiếu cột «" + required.header() + "» trong dòng tiêu đề (dòng 1).");
            }
        }
        if (!found.containsKey(ListColumn.ORGANIZATION) && context.defaultOrg() == null) {
            fileError("MISSING_COLUMN", "Thiếu cột «" + ListColumn.ORGANIZATION.header()
                    + "» và chưa chọn tổ chức đảng cho danh sách.");
        }
        return found;
    }

    private void fileError(String code, String message) {
        issues.add(new ListIssue(0, null, code, message, true));
    }

    private void error(int row, ListColumn column, String code, String message) {
        issues.add(new ListIssue(row, column == null ? null : column.header(), code, message, true));
    }

    private void warning(int row, ListColumn column, String code, String message) {
        issues.add(new ListIssue(row, column == null ? null : column.header(), code, message, false));
    }

    private void checkDuplicates(List<MemberRow> rows) {
        Map<String, Integer> cards = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (MemberRow r : rows) {
            if (!r.cardNumber().isEmpty()) {
                Integer first = cards.putIfAbsent(r.cardNumber(), r.row());
                if (first != null) {
                    error(r.row(), ListColumn.CARD_NUMBER, "DUPLICATE_CARD", "Số thẻ «" + r.cardNumber() + "» trùng với dòng " + first + ".");
                }
            }
            if (r.email() != null) {
                Integer first = emails.putIfAbsent(r.email().toLowerCase(Locale.ROOT), r.row());
                if (first != null) {
                    error(r.row(), ListColumn.EMAIL, "DUPLICATE_EMAIL", "Email «" + r.email() + "» trùng với dòng " + first + ".");
                }
            }
        }
        Set<String> takenCards = new HashSet<>(context.existingCards().apply(cards.keySet()));
        Set<String> takenEmails = new HashSet<>(context.existingEmails().apply(emails.keySet()));
        for (MemberRow r : rows) {
            if (takenCards.contains(r.cardNumber())) {
                // one message: the e-mail is most likely that same account's (an admin's own row, a list sent twice)
                error(r.row(), ListColumn.CARD_NUMBER, "CARD_EXISTS", "Số thẻ «" + r.cardNumber() + "» đã có tài khoản trong hệ thống.");
            } else if (r.email() != null && takenEmails.contains(r.email().toLowerCase(Locale.ROOT))) {
                error(r.row(), ListColumn.EMAIL, "EMAIL_EXISTS", "Email «" + r.email() + "» đã được một tài khoản khác sử dụng.");
            }
        }
    }

    /** The checks of one row. */
    private final class RowCheck {
        private final SheetData.Row row;
        private final Map<ListColumn, Integer> columns;

        RowCheck(SheetData.Row row, Map<ListColumn, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        private String value(ListColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : Texts.nfcTrim(row.cell(index));
        }

        MemberRow check() {
            String name = value(ListColumn.FULL_NAME).replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                error(row.number(), ListColumn.FULL_NAME, "REQUIRED", "Thiếu họ và tên.");
            } else if (name.length() > 200) {
                error(row.number(), ListColumn.FULL_NAME, "TOO_LONG", "Họ và tên dài quá 200 ký tự.");
            }
            String card = card();
            String email = email();
            LocalDate birth = date(ListColumn.BIRTH_DATE);
            LocalDate joined = date(ListColumn.JOINED_ON);
            LocalDate official = date(ListColumn.OFFICIAL_ON);
            if (birth != null && birth.getYear() < 1900) {
                error(row.number(), ListColumn.BIRTH_DATE, "IMPLAUSIBLE_DATE", "Ngày sinh «" + value(ListColumn.BIRTH_DATE)
                        + "» không hợp lý (trước năm 1900).");
            }
            if (birth != null && joined != null && joined.isBefore(birth.plusYears(16))) {
                error(row.number(), ListColumn.JOINED_ON, "JOINED_TOO_YOUNG", "Ngày vào Đảng «" + value(ListColumn.JOINED_ON)
                        + "» khi chưa đủ 16 tuổi (so với ngày sinh): vui lòng kiểm tra.");
            }
            String phone = value(ListColumn.PHONE);
            if (!phone.isEmpty() && !phone.matches("[+0-9 .()-]{6,20}")) {
                warning(row.number(), ListColumn.PHONE, "PHONE_FORMAT", "Số điện thoại «" + phone + "» có vẻ không đúng.");
            }
            if (joined != null && official != null && official.isBefore(joined)) {
                warning(row.number(), ListColumn.OFFICIAL_ON, "OFFICIAL_BEFORE_JOINED", "Ngày chính thức trước ngày vào Đảng: vui lòng kiểm tra.");
            }
            OrganizationView org = organization();
            return new MemberRow(row.number(), name, card, value(ListColumn.BIRTH_DATE), birth, gender(), email,
                    value(ListColumn.PHONE), value(ListColumn.JOINED_ON), joined, value(ListColumn.OFFICIAL_ON), official,
                    org == null ? value(ListColumn.ORGANIZATION) : org.code(), org == null ? null : org.id());
        }

        private String card() {
            String card = value(ListColumn.CARD_NUMBER).replace(" ", "");
            if (card.isEmpty()) {
                error(row.number(), ListColumn.CARD_NUMBER, "REQUIRED", "Thiếu số thẻ đảng viên.");
                return card;
            }
            if (SCIENTIFIC.matcher(card).matches()) {
                card = new BigDecimal(card).toBigInteger().toString();
            }
            int digits = context.fixedDigits();
            if (digits > 0 && card.matches("\\d+") && card.length() < digits) {
                String restored = "0".repeat(digits - card.length()) + card;
                warning(row.number(), ListColumn.CARD_NUMBER, "ZEROS_RESTORED", "Số thẻ «" + card
                        + "» thiếu số 0 ở đầu (bảng tính đã lưu dưới dạng số): đã khôi phục thành «" + restored + "», vui lòng kiểm tra.");
                card = restored;
            }
            if (!context.cardPattern().matcher(card).matches()) {
                error(row.number(), ListColumn.CARD_NUMBER, "CARD_FORMAT", "Số thẻ đảng viên «" + card + "» không đúng định dạng"
                        + (digits > 0 ? " (phải gồm đúng " + digits + " chữ số)." : "."));
            }
            return card;
        }

        private String email() {
            String email = value(ListColumn.EMAIL);
            if (email.isEmpty()) {
                warning(row.number(), ListColumn.EMAIL, "NO_EMAIL", "Không có email: mật khẩu sẽ được in trên phiếu cấp tài khoản thay vì gửi email.");
                return null;
            }
            if (email.length() > 254 || email.indexOf('@') > 64 || !EMAIL.matcher(email).matches()) {
                error(row.number(), ListColumn.EMAIL, "EMAIL_FORMAT", "Email «" + email + "» không đúng định dạng (ví dụ: ten@example.org).");
            }
            return email;
        }

        private LocalDate date(ListColumn column) {
            String text = value(column);
            if (text.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = FlexibleDates.parse(text);
            if (date.isEmpty()) {
                error(row.number(), column, "DATE_FORMAT", column.header() + " «" + text + "» không phải là ngày hợp lệ (dùng dạng ngày/tháng/năm, ví dụ 17/04/1975).");
                return null;
            }
            if (date.get().isAfter(context.today())) {
                error(row.number(), column, "DATE_IN_FUTURE", column.header() + " «" + text + "» ở sau ngày hôm nay.");
                return null;
            }
            return date.get();
        }

        /** Nam or Nữ, in any case, with their diacritics or none at all ("nu", "NỮ"); "Khác" too. Anything else is an error. */
        private String gender() {
            String text = value(ListColumn.GENDER);
            String lower = text.toLowerCase(VIETNAMESE);
            if (lower.isEmpty()) {
                return null;
            }
            for (String gender : GENDERS) {
                String known = gender.toLowerCase(VIETNAMESE);
                if (lower.equals(known) || lower.equals(Texts.fold(known))) {
                    return gender;
                }
            }
            error(row.number(), ListColumn.GENDER, "GENDER_UNKNOWN", "Giới tính «" + text
                    + "» không hợp lệ: vui lòng ghi «Nam» hoặc «Nữ» (có dấu hoặc không dấu).");
            return text;
        }

        private OrganizationView organization() {
            String code = value(ListColumn.ORGANIZATION).toUpperCase(java.util.Locale.ROOT);
            if (code.isEmpty()) {
                if (context.defaultOrg() == null) {
                    error(row.number(), ListColumn.ORGANIZATION, "REQUIRED", "Thiếu mã tổ chức.");
                }
                return context.defaultOrg();
            }
            OrganizationView org = context.allowed().get(code);
            if (org == null && context.defaultOrg() != null && context.inScope().contains(code)) {
                error(row.number(), ListColumn.ORGANIZATION, "OUTSIDE_LIST", "Mã tổ chức «" + code
                        + "» không thuộc tổ chức của danh sách («" + context.defaultOrg().code() + "»).");
                return null;
            }
            if (org == null) {
                error(row.number(), ListColumn.ORGANIZATION, context.allCodes().contains(code) ? "OUTSIDE_SUBTREE" : "UNKNOWN_ORGANIZATION",
                        context.allCodes().contains(code) ? "Mã tổ chức «" + code + "» nằm ngoài phạm vi quản lý của đồng chí."
                                : "Mã tổ chức «" + code + "» không tồn tại trong hệ thống.");
            }
            return org;
        }
    }
}
