package vn.sotay.account.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.AccountQuery;
import vn.sotay.account.AccountSummary;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

/** The admins' account list: search, "Mở khóa", "Cấp lại mật khẩu", disable/enable, move, unit-admin role. */
@Controller
class AdminAccountController {

    private static final List<AccountSummary.Status> FILTERS = List.of(AccountSummary.Status.NOT_ACTIVATED,
            AccountSummary.Status.ACTIVATED, AccountSummary.Status.DISABLED);

    private final AccountManagement management;
    private final MessageSource messages;

    AdminAccountController(AccountManagement management, MessageSource messages) {
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String organization, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AccountSummary.Status wanted = FILTERS.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("q", q);
        model.addAttribute("organization", organization);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("statuses", FILTERS);
        model.addAttribute("accounts", management.search(admin, new AccountQuery(q, organization, wanted), page, 50));
        return "account/admin-accounts";
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.unlocked", () -> management.unlock(admin, username));
    }

    @PostMapping("/admin/accounts/{username}/reissue")
    String reissue(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.reissued", () -> management.reissue(admin, username));
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.disabled", () -> management.setEnabled(admin, username, false));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.enabled", () -> management.setEnabled(admin, username, true));
    }

    @PostMapping("/admin/accounts/{username}/move")
    String move(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username,
            @RequestParam(defaultValue = "") String organization, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.moved", () -> management.move(admin, username, organization));
    }

    @PostMapping("/admin/accounts/{username}/unit-admin")
    String grant(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username,
            @RequestParam(defaultValue = "") String organization, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.granted", () -> management.grantUnitAdmin(admin, username, organization));
    }

    @PostMapping("/admin/accounts/{username}/unit-admin/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "admin.accounts.revoked", () -> management.revokeUnitAdmin(admin, username));
    }

    /** Runs one action; what it refuses is said on the accounts page, an unknown card number too (not a 404 page). */
    private String act(String username, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ValidationException e) {
            String message = e.errors().get(0).message();
            redirect.addFlashAttribute("failed", message == null
                    ? Messages.get(messages, "admin.accounts.unknownOrganization") : message);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("failed", Messages.get(messages, "admin.accounts.noAccount", username));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/accounts").queryParam("q", username).build().encode().toUriString();
    }
}
