package vn.sotay.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.ValidationException;

/** "Trang cá nhân" and "Đổi mật khẩu" (seed steps 3–4). */
@Controller
class ProfileController {

    private final AccountManagement management;
    private final PasswordChange passwordChange;

    ProfileController(AccountManagement management, PasswordChange passwordChange) {
        this.management = management;
        this.passwordChange = passwordChange;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("profile", management.profile(principal.id()));
        return "account/profile";
    }

    @GetMapping("/profile/password")
    String passwordForm(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("forced", principal.mustChangePassword());
        model.addAttribute("hints", passwordChange.hints("", principal.username()));
        return "account/password";
    }

    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal principal, @ModelAttribute("form") PasswordForm form,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            AccountPrincipal updated = passwordChange.change(principal.id(),
                    new PasswordChangeRequest(form.getOldPassword(), form.getNewPassword(), form.getConfirmPassword()),
                    request.getRemoteAddr(), null);
            SessionPrincipal.replace(updated, request, response);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/profile";
        } catch (ValidationException e) {
            Map<String, List<String>> errors = e.errors().stream().collect(Collectors.groupingBy(FieldError::field,
                    LinkedHashMap::new, Collectors.mapping(FieldError::message, Collectors.toList())));
            model.addAttribute("errors", errors);
            model.addAttribute("form", new PasswordForm());
            model.addAttribute("forced", principal.mustChangePassword());
            model.addAttribute("hints", passwordChange.hints(form.getNewPassword(), principal.username()));
            response.setStatus(422);
            return "account/password";
        }
    }

    /** Live hints while typing (htmx): every rule, met or not. */
    @PostMapping("/profile/password/hints")
    String hints(@AuthenticationPrincipal AccountPrincipal principal, @ModelAttribute("form") PasswordForm form, Model model) {
        model.addAttribute("hints", passwordChange.hints(form.getNewPassword(), principal.username()));
        return "account/password :: hints";
    }
}
