package vn.sotay.provisioning.internal;

import java.time.LocalDate;

/** One member of a list after validation: values as they will be issued (texts kept for the report). */
public record MemberRow(
        int row,
        String fullName,
        String cardNumber,
        String birthDateText,
        LocalDate birthDate,
        String gender,
        String email,
        String phone,
        String joinedOnText,
        LocalDate joinedOn,
        String officialOnText,
        LocalDate officialOn,
        String organizationCode,
        Long organizationId) {
}
