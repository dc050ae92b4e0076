package vn.sotay.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.SignIn;

/**
 * Ends a session whose account changed its password, was disabled or had its roles changed since the session
 * signed in: the account's credentials version no longer matches. Works on every node, as it reads the database.
 */
class SessionCurrencyFilter extends OncePerRequestFilter {

    private final SignIn signIn;

    SessionCurrencyFilter(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && !signIn.isCurrent(p)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SignInAgain.send(request, response, SignInAgain.CHANGED);
            return;
        }
        chain.doFilter(request, response);
    }
}
