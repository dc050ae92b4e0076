package vn.sotay.account;

import java.time.LocalDate;

/** A member to create an account for, as validated by provisioning. */
public record NewMember(String cardNumber, String fullName, String email, String phone, LocalDate birthDate,
        String gender, LocalDate joinedOn, LocalDate officialOn, Long organizationId) {
}
