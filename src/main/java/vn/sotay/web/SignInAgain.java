package vn.sotay.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser to "Đăng nhập" with the reason its session ended: {@code expired} (signed out, idle too long,
 * or a page kept open from before) or {@code changed} (password, roles or organisation changed, or the account was
 * disabled). An htmx request (a bookmark button) is told through {@code HX-Redirect}, so the whole page goes there.
 */
final class SignInAgain {

    static final String EXPIRED = "/login?expired";
    static final String CHANGED = "/login?changed";

    private SignInAgain() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        String url = request.getContextPath() + target;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", url);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(url);
    }
}
