package vn.sotay.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.sotay.account.AccountPrincipal;

/** "Đăng nhập" (seed steps 1–2). The form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

    static final String LAST_USERNAME = "sotay.lastUsername";

    @GetMapping("/login")
    String login(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session, Model model) {
        if (principal != null) {
            return "redirect:/";
        }
        Object last = session.getAttribute(LAST_USERNAME);
        model.addAttribute("username", last == null ? "" : last.toString());
        return "login";
    }
}
