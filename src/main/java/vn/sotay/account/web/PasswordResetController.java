package vn.sotay.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordReset;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.ValidationException;

/** "Quên mật khẩu": ask for a link by card number, then set a new password with it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final PasswordChange passwordChange;

    PasswordResetController(PasswordReset reset, PasswordChange passwordChange) {
        this.reset = reset;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/forgot-password")
    String form() {
        return "account/forgot-password";
    }

    /** The same answer whether or not the account exists. */
    @PostMapping("/forgot-password")
    String request(@RequestParam(defaultValue = "") String username, HttpServletRequest request, Model model) {
        if (username.isBlank()) {
            model.addAttribute("usernameMissing", true);
            return "account/forgot-password";
        }
        reset.request(username, request.getRemoteAddr());
        model.addAttribute("sent", true);
        return "account/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", reset.isUsable(token));
        model.addAttribute("hints", passwordChange.hints("", null));
        return "account/reset-password";
    }

    @PostMapping("/reset-password")
    String resetPassword(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            reset.complete(token, newPassword, confirmPassword, request.getRemoteAddr());
            return "redirect:/login?reset";
        } catch (ValidationException e) {
            boolean linkInvalid = e.errors().stream().anyMatch(err -> err.code().equals("LINK_INVALID"));
            Map<String, List<String>> errors = e.errors().stream().collect(Collectors.groupingBy(FieldError::field,
                    LinkedHashMap::new, Collectors.mapping(FieldError::message, Collectors.toList())));
            model.addAttribute("token", token);
            model.addAttribute("usable", !linkInvalid);
            model.addAttribute("errors", errors);
            model.addAttribute("hints", passwordChange.hints(newPassword, null));
            response.setStatus(linkInvalid ? 410 : 422);
            return "account/reset-password";
        }
    }
}
