package vn.sotay.account;

import java.time.Instant;

/** One row of the admins' account list. */
public record AccountSummary(
        String username,
        String fullName,
        String email,
        String organizationCode,
        String organizationName,
        Status status,
        boolean officeAdmin,
        String unitAdminOf,
        Instant lastSignInAt,
        boolean throttled) {

    /** chưa kích hoạt / đã kích hoạt / bị khóa (sign-in delayed after failures) / vô hiệu. */
    public enum Status { NOT_ACTIVATED, ACTIVATED, LOCKED, DISABLED }
}
