package vn.sotay.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.PasswordResetCompleted;
import vn.sotay.account.AccountEvents.PasswordResetIgnored;
import vn.sotay.account.AccountEvents.PasswordResetLinkRefused;
import vn.sotay.account.AccountEvents.PasswordResetRequested;
import vn.sotay.account.internal.ResetToken;
import vn.sotay.account.internal.ResetTokens;
import vn.sotay.account.internal.Secrets;
import vn.sotay.account.password.Passwords;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.SotaySettings;
import vn.sotay.shared.ValidationException;

/**
 * "Quên mật khẩu": a single-use link valid {@code resetLinkValidity}, e-mailed through the outbox. The caller
 * always gets the same answer, whether or not the account exists or has an e-mail.
 */
@Service
public class PasswordReset {

    /** At most one e-mail per account in this time, so the form cannot flood a member's mailbox. */
    private static final Duration RESEND_INTERVAL = Duration.ofMinutes(2);

    private final Accounts accounts;
    private final ResetTokens tokens;
    private final PasswordChange passwordChange;
    private final PasswordEncoder encoder;
    private final ApiTokens apiTokens;
    private final AccountSettings settings;
    private final SotaySettings sotay;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordReset(Accounts accounts, ResetTokens tokens, PasswordChange passwordChange, PasswordEncoder encoder,
            ApiTokens apiTokens, AccountSettings settings, SotaySettings sotay, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordChange = passwordChange;
        this.encoder = encoder;
        this.apiTokens = apiTokens;
        this.settings = settings;
        this.sotay = sotay;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void request(String rawUsername, String clientAddress) {
        String username = SignIn.normalizeUsername(rawUsername);
        Optional<Account> found = accounts.findByUsername(username);
        Instant now = clock.instant();
        if (found.isEmpty() || found.get().getEmail() == null || !found.get().isEnabled()) {
            events.publishEvent(new PasswordResetIgnored(username, clientAddress,
                    found.isEmpty() ? "tài khoản không tồn tại" : found.get().isEnabled() ? "không có email" : "tài khoản bị vô hiệu"));
            return;
        }
        Account account = found.get();
        if (tokens.existsByAccountIdAndCreatedAtAfter(account.getId(), now.minus(RESEND_INTERVAL))) {
            events.publishEvent(new PasswordResetIgnored(username, clientAddress, "yêu cầu lại quá sớm"));
            return;
        }
        String value = Secrets.token();
        tokens.save(new ResetToken(Secrets.sha256(value), account.getId(), now, now.plus(settings.resetLinkValidity())));
        String link = sotay.baseUrlWithoutSlash() + "/reset-password?token=" + value;
        events.publishEvent(new PasswordResetRequested(username, account.getEmail(), account.getFullName(), link,
                settings.resetLinkValidity().toMinutes(), clientAddress));
    }

    /** Whether the link can still be used (to show the form, or say it has expired). */
    @Transactional(readOnly = true)
    public boolean isUsable(String value) {
        return find(value).filter(t -> t.isUsable(clock.instant())).isPresent();
    }

    /** Sets the new password, uses up the link and signs out every session and token of the account. */
    @Transactional(noRollbackFor = ValidationException.class)
    public void complete(String value, String newPassword, String confirmPassword, String clientAddress) {
        Instant now = clock.instant();
        Optional<ResetToken> token = find(value);
        if (token.isEmpty() || !token.get().isUsable(now)) {
            events.publishEvent(new PasswordResetLinkRefused(clientAddress,
                    token.isEmpty() ? "đường dẫn không tồn tại" : token.get().isUsed() ? "đường dẫn đã dùng" : "đường dẫn hết hạn"));
            throw new ValidationException("token", "LINK_INVALID", null);
        }
        Account account = accounts.findById(token.get().getAccountId()).orElseThrow();
        if (!account.isEnabled()) {
            events.publishEvent(new PasswordResetLinkRefused(clientAddress, "tài khoản bị vô hiệu"));
            throw new ValidationException("token", "LINK_INVALID", null);
        }
        String password = Passwords.normalize(newPassword);
        List<FieldError> errors = passwordChange.newPasswordErrors(password, Passwords.normalize(confirmPassword),
                account.getUsername());
        if (errors.stream().noneMatch(e -> e.field().equals("newPassword")) && account.getPasswordHash() != null
                && encoder.matches(password, account.getPasswordHash())) {
            errors.add(passwordChange.sameAsOld());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        account.changePassword(encoder.encode(password), now);
        tokens.invalidateAll(account.getId(), now);
        apiTokens.revokeAllExcept(account.getId(), null, account.getCredentialsVersion());
        events.publishEvent(new PasswordResetCompleted(account.getUsername(), clientAddress));
    }

    private Optional<ResetToken> find(String value) {
        if (value == null || value.length() < 20 || value.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.sha256(value));
    }
}
