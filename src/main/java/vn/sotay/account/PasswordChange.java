package vn.sotay.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.PasswordChangeRefused;
import vn.sotay.account.AccountEvents.PasswordChanged;
import vn.sotay.account.internal.LoginThrottle;
import vn.sotay.account.password.PasswordPolicy;
import vn.sotay.account.password.PasswordRule;
import vn.sotay.account.password.Passwords;
import vn.sotay.account.password.RuleCheck;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

/** "Đổi mật khẩu": the old password, the new one twice, the policy; every other session and token ends. */
@Service
public class PasswordChange {

    private final Accounts accounts;
    private final SignIn signIn;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApiTokens tokens;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;

    PasswordChange(Accounts accounts, SignIn signIn, PasswordPolicy policy, PasswordEncoder encoder, ApiTokens tokens,
            MessageSource messages, ApplicationEventPublisher events, Clock clock, LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.signIn = signIn;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Changes the password or throws {@link ValidationException} with one error per broken rule.
     *
     * @param keepTokenId the API token making the call, which stays valid; null from the web
     * @return the principal to keep in the current session
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public AccountPrincipal change(long accountId, PasswordChangeRequest request, String clientAddress, Long keepTokenId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        String oldPassword = Passwords.normalize(request.oldPassword());
        String newPassword = Passwords.normalize(request.newPassword());
        String confirm = Passwords.normalize(request.confirmPassword());

        List<FieldError> errors = new ArrayList<>();
        String throttleKey = LoginThrottle.accountKey(account.getUsername());
        if (oldPassword.isEmpty()) {
            errors.add(error("oldPassword", "REQUIRED_OLD"));
        } else if (throttle.blockedUntil(throttleKey) != null) {
            errors.add(error("oldPassword", "THROTTLED"));
        } else if (!signIn.passwordMatches(account, oldPassword)) {
            errors.add(error("oldPassword", "WRONG_OLD"));
            throttle.recordFailure(throttleKey, clientAddress == null ? "unknown" : clientAddress);
        }
        errors.addAll(newPasswordErrors(newPassword, confirm, account.getUsername()));
        if (errors.stream().noneMatch(e -> e.field().equals("newPassword")) && newPassword.equals(oldPassword)) {
            errors.add(error("newPassword", "SAME_AS_OLD"));
        }
        if (!errors.isEmpty()) {
            events.publishEvent(new PasswordChangeRefused(account.getUsername(), clientAddress,
                    String.join(",", errors.stream().map(FieldError::code).toList())));
            throw new ValidationException(errors);
        }
        boolean first = account.isMustChangePassword();
        account.changePassword(encoder.encode(newPassword), clock.instant());
        tokens.revokeAllExcept(account.getId(), keepTokenId, account.getCredentialsVersion());
        events.publishEvent(new PasswordChanged(account.getUsername(), clientAddress, first));
        return AccountPrincipal.of(account);
    }

    /** The errors of a new password and its confirmation: one per broken policy rule, then the mismatch. */
    List<FieldError> newPasswordErrors(String newPassword, String confirm, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (newPassword.isEmpty()) {
            errors.add(error("newPassword", "REQUIRED_NEW"));
        } else {
            for (PasswordRule rule : policy.violations(newPassword, username)) {
                errors.add(new FieldError("newPassword", rule.code(),
                        Messages.get(messages, "password.rule." + rule.code(), rule.args())));
            }
        }
        if (!newPassword.equals(confirm)) {
            errors.add(error("confirmPassword", "MISMATCH"));
        }
        return errors;
    }

    FieldError sameAsOld() {
        return error("newPassword", "SAME_AS_OLD");
    }

    /** Live hints while typing: every rule with whether the candidate meets it. */
    public List<RuleCheck> hints(String candidate, String username) {
        return policy.evaluate(Passwords.normalize(candidate), username);
    }

    private FieldError error(String field, String code) {
        return new FieldError(field, code, Messages.get(messages, "password.error." + code));
    }
}
