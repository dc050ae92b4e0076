package vn.sotay.mail.web;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.mail.OutboxAdministration;
import vn.sotay.mail.OutboxStatus;

/** "Hộp thư đi": the office admins' view of the mail outbox. */
@Controller
class OutboxController {

    private final OutboxAdministration outbox;

    OutboxController(OutboxAdministration outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutboxStatus filter = parse(status);
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("messages", outbox.list(filter, page));
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("message", outbox.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "mail/outbox-message";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retry(id)) {
            redirect.addFlashAttribute("done", "outbox.retried");
        } else {
            redirect.addFlashAttribute("failed", "outbox.notRetryable");
        }
        return "redirect:/admin/outbox/" + id;
    }

    private static OutboxStatus parse(String status) {
        return Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }
}
