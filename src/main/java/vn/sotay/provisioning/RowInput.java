package vn.sotay.provisioning;

import java.util.List;
import vn.sotay.provisioning.internal.ListColumn;

/** One member typed into the list form, in the column order of the upload template (without STT). */
public record RowInput(String fullName, String cardNumber, String birthDate, String gender, String email, String phone,
        String joinedOn, String officialOn, String organizationCode) {

    List<String> cells() {
        return java.util.Arrays.asList(fullName, cardNumber, birthDate, gender, email, phone, joinedOn, officialOn,
                organizationCode).stream().map(v -> v == null ? "" : v).toList();
    }

    /** An empty row for the forms that add one. */
    public static RowInput blank() {
        return new RowInput("", "", "", "", "", "", "", "", "");
    }

    /** The form field of a list column named by its header ("Số thẻ đảng viên" → cardNumber). */
    static String field(String columnHeader) {
        return ListColumn.of(columnHeader == null ? "" : columnHeader).map(c -> switch (c) {
            case STT, FULL_NAME -> "fullName";
            case CARD_NUMBER -> "cardNumber";
            case BIRTH_DATE -> "birthDate";
            case GENDER -> "gender";
            case EMAIL -> "email";
            case PHONE -> "phone";
            case JOINED_ON -> "joinedOn";
            case OFFICIAL_ON -> "officialOn";
            case ORGANIZATION -> "organizationCode";
        }).orElse("fullName");
    }

    static RowInput of(ListRow r) {
        return new RowInput(r.getFullName(), r.getCardNumber(), dmy(r.getBirthDate()), r.getGender(), r.getEmail(),
                r.getPhone(), dmy(r.getJoinedOn()), dmy(r.getOfficialOn()), r.getOrganizationCode());
    }

    /** ISO dates back as dd/MM/yyyy, as units type them; anything else unchanged. */
    static String dmy(String value) {
        if (value != null && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
        }
        return value;
    }
}
