package vn.sotay.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.sotay.account.AccountPrincipal;

/** The member's home page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("me", principal);
        return "home";
    }
}
