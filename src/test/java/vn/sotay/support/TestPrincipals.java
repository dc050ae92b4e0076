package vn.sotay.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.sotay.account.Account;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;

/** Authentications of real accounts for MockMvc: the session filter checks id and credentials version. */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    /** The office admin {@code admin} that is created at start. */
    public static Authentication officeAdmin(Accounts accounts) {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        AccountPrincipal principal = new AccountPrincipal(admin.getId(), "admin", admin.getFullName(), false, true,
                null, null, admin.getCredentialsVersion());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(AccountPrincipal.ROLE_MEMBER, AccountPrincipal.ROLE_OFFICE_ADMIN));
    }

    /** A plain member, created on first use. */
    public static Authentication member(Accounts accounts, String username) {
        Account member = accounts.findByUsername(username)
                .orElseGet(() -> accounts.save(new Account(username, "Nguyễn Văn Bình")));
        AccountPrincipal principal = new AccountPrincipal(member.getId(), username, member.getFullName(), false, false,
                null, null, member.getCredentialsVersion());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                AuthorityUtils.createAuthorityList(AccountPrincipal.ROLE_MEMBER));
    }
}
