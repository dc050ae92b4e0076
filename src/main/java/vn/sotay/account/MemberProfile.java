package vn.sotay.account;

import java.time.LocalDate;
import java.util.List;
import vn.sotay.organization.OrganizationView;

/**
 * What "Trang cá nhân" shows of a member.
 *
 * @param organizations the member's organisation with its parents, root first
 * @param roles         role codes: MEMBER, OFFICE_ADMIN, UNIT_ADMIN
 * @param unitAdminOf   the organisation a unit admin acts for, or null
 */
public record MemberProfile(
        String username,
        String fullName,
        LocalDate birthDate,
        String gender,
        String email,
        String phone,
        List<OrganizationView> organizations,
        LocalDate joinedOn,
        LocalDate officialOn,
        List<String> roles,
        OrganizationView unitAdminOf,
        boolean mustChangePassword) {
}
