package vn.sotay.account;

import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is signed in, as kept in the session or resolved from an API token. {@code credentialsVersion}
 * ties it to the password it was signed in with: when the password changes, it no longer matches.
 */
public record AccountPrincipal(
        long id,
        String username,
        String fullName,
        boolean mustChangePassword,
        boolean officeAdmin,
        Long unitAdminOrganizationId,
        Long organizationId,
        int credentialsVersion) implements Principal, Serializable {

    public static final String ROLE_MEMBER = "ROLE_MEMBER";
    public static final String ROLE_OFFICE_ADMIN = "ROLE_OFFICE_ADMIN";
    public static final String ROLE_UNIT_ADMIN = "ROLE_UNIT_ADMIN";
    /** The only role of an account signed in with its one-time initial password. */
    public static final String ROLE_PASSWORD_CHANGE = "ROLE_PASSWORD_CHANGE";

    static AccountPrincipal of(Account a) {
        return new AccountPrincipal(a.getId(), a.getUsername(), a.getFullName(), a.isMustChangePassword(),
                a.isOfficeAdmin(), a.getUnitAdminOrganizationId(), a.getOrganizationId(), a.getCredentialsVersion());
    }

    @Override
    public String getName() {
        return username;
    }

    /** The roles this principal has now: only {@link #ROLE_PASSWORD_CHANGE} until the first password is set. */
    public List<String> roles() {
        if (mustChangePassword) {
            return List.of(ROLE_PASSWORD_CHANGE);
        }
        List<String> roles = new ArrayList<>();
        roles.add(ROLE_MEMBER);
        if (officeAdmin) {
            roles.add(ROLE_OFFICE_ADMIN);
        }
        if (unitAdminOrganizationId != null) {
            roles.add(ROLE_UNIT_ADMIN);
        }
        return roles;
    }
}
