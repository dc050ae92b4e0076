package vn.sotay.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.PasswordReset;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.account.SignInResult;

/** Sign-in, sign-out and password reset for mobile apps. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Đăng nhập / Sign-in")
class AuthApiController {

    static final String REFUSED = "Tài khoản hoặc mật khẩu không đúng, hoặc tạm thời chưa thể đăng nhập. Vui lòng thử lại sau.";

    private final SignIn signIn;
    private final ApiTokens tokens;
    private final PasswordReset reset;

    AuthApiController(SignIn signIn, ApiTokens tokens, PasswordReset reset) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.reset = reset;
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[" + username + "]";
        }
    }

    record LoginResponse(String accessToken, Instant expiresAt, boolean mustChangePassword) {
    }

    record ResetRequest(String username) {
    }

    @Operation(summary = "Sign in with card number and password; 401 when refused, 429 when throttled")
    @PostMapping("/login")
    ResponseEntity<?> login(@RequestBody LoginRequest body, HttpServletRequest request) {
        SignInResult result = signIn.authenticate(new SignInAttempt(body.username(), body.password(),
                request.getRemoteAddr(), null, "api"));
        return switch (result.outcome()) {
            case SUCCESS -> {
                ApiTokens.IssuedToken token = tokens.issue(result.principal());
                yield ResponseEntity.ok(new LoginResponse(token.value(), token.expiresAt(), token.mustChangePassword()));
            }
            case THROTTLED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body(Map.of("code", "REFUSED", "message", REFUSED));
            case REFUSED -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("code", "REFUSED", "message", REFUSED));
        };
    }

    @Operation(summary = "Revoke the token of this request")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestAttribute(ApiTokens.TOKEN_ID_ATTRIBUTE) long tokenId, HttpServletRequest request) {
        tokens.revoke(tokenId, principal.username(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "E-mail a password reset link if the account exists; always 202")
    @PostMapping("/password-reset")
    ResponseEntity<Void> passwordReset(@RequestBody ResetRequest body, HttpServletRequest request) {
        if (body.username() != null && !body.username().isBlank()) {
            reset.request(body.username(), request.getRemoteAddr());
        }
        return ResponseEntity.accepted().build();
    }
}
