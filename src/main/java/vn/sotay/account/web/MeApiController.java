package vn.sotay.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.MemberProfile;
import vn.sotay.account.PasswordChange;
import vn.sotay.account.PasswordChangeRequest;

/** The signed-in member's own data and password. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Trang cá nhân / Profile")
class MeApiController {

    private final AccountManagement management;
    private final PasswordChange passwordChange;

    MeApiController(AccountManagement management, PasswordChange passwordChange) {
        this.management = management;
        this.passwordChange = passwordChange;
    }

    @Operation(summary = "The profile shown on Trang cá nhân, with mustChangePassword")
    @GetMapping
    MemberProfile me(@AuthenticationPrincipal AccountPrincipal principal) {
        return management.profile(principal.id());
    }

    @Operation(summary = "Change the password: 204, or 400 with one error per broken rule; other tokens are revoked")
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestAttribute(ApiTokens.TOKEN_ID_ATTRIBUTE) long tokenId, @RequestBody PasswordChangeRequest body,
            HttpServletRequest request) {
        passwordChange.change(principal.id(), body, request.getRemoteAddr(), tokenId);
        return ResponseEntity.noContent().build();
    }
}
