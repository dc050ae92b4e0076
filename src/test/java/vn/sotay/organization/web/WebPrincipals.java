package vn.sotay.organization.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import vn.sotay.account.Account;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;

/**
 * Signed-in callers for MockMvc, built on the real {@code admin} account the application creates at start, so
 * that the session currency check (account id and credentials version) lets them through.
 */
final class WebPrincipals {

    private WebPrincipals() {
    }

    static RequestPostProcessor officeAdmin(Accounts accounts) {
        return as(accounts, true, "ROLE_MEMBER", "ROLE_OFFICE_ADMIN");
    }

    static RequestPostProcessor member(Accounts accounts) {
        return as(accounts, false, "ROLE_MEMBER");
    }

    private static RequestPostProcessor as(Accounts accounts, boolean officeAdmin, String... roles) {
        Account admin = accounts.findByUsername("admin").orElseThrow();
        AccountPrincipal principal = new AccountPrincipal(admin.getId(), "admin", "Quản trị", false, officeAdmin, null, null,
                admin.getCredentialsVersion());
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, AuthorityUtils.createAuthorityList(roles)));
    }
}
