package vn.sotay.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.shared.ValidationException;

/** The admins' account list: search, "Mở khóa", grant and revoke the unit-admin role. */
@Controller
class AdminAccountController {

    private final AccountManagement management;

    AdminAccountController(AccountManagement management) {
        this.management = management;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("accounts", management.search(admin, q, page));
        return "account/admin-accounts";
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        management.unlock(admin, username);
        redirect.addFlashAttribute("done", "admin.accounts.unlocked");
        return "redirect:/admin/accounts?q=" + username;
    }

    @PostMapping("/admin/accounts/{username}/unit-admin")
    String grant(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username,
            @RequestParam(defaultValue = "") String organization, RedirectAttributes redirect) {
        try {
            management.grantUnitAdmin(admin, username, organization);
            redirect.addFlashAttribute("done", "admin.accounts.granted");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("failed", "admin.accounts.unknownOrganization");
        }
        return "redirect:/admin/accounts?q=" + username;
    }

    @PostMapping("/admin/accounts/{username}/unit-admin/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        management.revokeUnitAdmin(admin, username);
        redirect.addFlashAttribute("done", "admin.accounts.revoked");
        return "redirect:/admin/accounts?q=" + username;
    }
}
