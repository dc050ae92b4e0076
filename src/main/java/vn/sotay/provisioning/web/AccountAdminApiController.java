package vn.sotay.provisioning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.AccountQuery;
import vn.sotay.account.AccountSummary;
import vn.sotay.provisioning.IssuanceStatusExport;
import vn.sotay.shared.ValidationException;

/** Account management over the API, and the issuance status export for pages and API alike. */
@org.springframework.web.bind.annotation.RestController
@Tag(name = "Quản lý tài khoản / Accounts")
class AccountAdminApiController {

    private final AccountManagement management;
    private final IssuanceStatusExport export;

    AccountAdminApiController(AccountManagement management, IssuanceStatusExport export) {
        this.management = management;
        this.export = export;
    }

    record MoveRequest(String organization) {
    }

    @Operation(summary = "Members in the caller's scope: q (name or card, diacritics ignored), organization (subtree), status")
    @GetMapping("/api/v1/admin/members")
    Page<AccountSummary> members(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String organization, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        AccountSummary.Status wanted = status.isBlank() ? null : Arrays.stream(AccountSummary.Status.values())
                .filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new ValidationException("status", "UNKNOWN_STATUS",
                        "Trạng thái «" + status + "» không hợp lệ (NOT_ACTIVATED, ACTIVATED, DISABLED)."));
        return management.search(admin, new AccountQuery(q, organization, wanted), page, size);
    }

    @PostMapping("/api/v1/admin/members/{cardNumber}/reissue")
    ResponseEntity<Void> reissue(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String cardNumber) {
        management.reissue(admin, cardNumber);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/admin/members/{cardNumber}/disable")
    ResponseEntity<Void> disable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String cardNumber) {
        management.setEnabled(admin, cardNumber, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/admin/members/{cardNumber}/enable")
    ResponseEntity<Void> enable(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String cardNumber) {
        management.setEnabled(admin, cardNumber, true);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/admin/members/{cardNumber}/move")
    ResponseEntity<Map<String, String>> move(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable String cardNumber,
            @RequestBody MoveRequest body) {
        management.move(admin, cardNumber, body.organization());
        return ResponseEntity.ok(Map.of("organization", body.organization()));
    }

    @Operation(summary = "Issuance status (.xlsx): per organisation and per member")
    @GetMapping({"/api/v1/admin/members/export.xlsx", "/admin/accounts/export.xlsx"})
    ResponseEntity<byte[]> exportStatus(@AuthenticationPrincipal AccountPrincipal admin,
            @RequestParam(defaultValue = "") String organization) throws IOException {
        return Spreadsheets.attachment("tinh-hinh-cap-tai-khoan.xlsx", out -> export.write(admin, organization, out));
    }
}
