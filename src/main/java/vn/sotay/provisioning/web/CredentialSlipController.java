package vn.sotay.provisioning.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.provisioning.SlipPrinter;
import vn.sotay.shared.ValidationException;

/** "Phiếu cấp tài khoản": printable credentials of members without e-mail. */
@Controller
class CredentialSlipController {

    private final SlipPrinter printer;

    CredentialSlipController(SlipPrinter printer) {
        this.printer = printer;
    }

    @GetMapping("/admin/credential-slips")
    String page(@AuthenticationPrincipal AccountPrincipal admin, Model model) {
        model.addAttribute("pending", printer.pending(admin));
        return "provisioning/slips";
    }

    @PostMapping("/admin/credential-slips")
    ResponseEntity<?> print(@AuthenticationPrincipal AccountPrincipal admin) {
        try {
            byte[] pdf = printer.print(admin);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("phieu-cap-tai-khoan.pdf").build().toString())
                    .body(pdf);
        } catch (ValidationException e) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/admin/credential-slips").build();
        }
    }
}
