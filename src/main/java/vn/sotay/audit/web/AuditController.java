package vn.sotay.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.audit.AuditSearch;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.ValidationException;

/** "Nhật ký hệ thống": the audit log for the office admins, filtered by account, action and dates. */
@Controller
class AuditController {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String target, @RequestParam(defaultValue = "0") int page, Locale locale,
            Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("target", target);
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", search.actions(locale));
        try {
            model.addAttribute("entries", search.search(search.query(actor, action, from, to, target), page));
        } catch (ValidationException e) {
            Map<String, String> errors = e.errors().stream()
                    .collect(Collectors.toMap(FieldError::field, FieldError::message, (first, second) -> first));
            model.addAttribute("errors", errors);
            model.addAttribute("entries", Page.empty());
        }
        return "audit/audit";
    }
}
