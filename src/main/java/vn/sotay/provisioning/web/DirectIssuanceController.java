package vn.sotay.provisioning.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.provisioning.DirectIssuance;
import vn.sotay.provisioning.RowInput;
import vn.sotay.shared.ValidationException;

/** "Cấp một tài khoản" (office admins): the list row form, issuing one account at once. */
@Controller
class DirectIssuanceController {

    private static final String FORM = "provisioning/row";

    private final DirectIssuance issuance;

    DirectIssuanceController(DirectIssuance issuance) {
        this.issuance = issuance;
    }

    @GetMapping("/admin/accounts/new")
    String form(Model model) {
        model.addAttribute("direct", true);
        model.addAttribute("row", RowInput.blank());
        return FORM;
    }

    @PostMapping("/admin/accounts/new")
    String issue(@AuthenticationPrincipal AccountPrincipal admin, @ModelAttribute("row") RowInput row, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String card = issuance.issue(admin, row);
            redirect.addFlashAttribute("done", "admin.accounts.issued");
            return "redirect:" + UriComponentsBuilder.fromPath("/admin/accounts").queryParam("q", card).build().toUriString();
        } catch (ValidationException e) {
            model.addAttribute("direct", true);
            model.addAttribute("errors", e.messagesByField());
            response.setStatus(422);
            return FORM;
        }
    }
}
