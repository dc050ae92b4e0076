package vn.sotay.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.AccountIssued;
import vn.sotay.account.internal.Secrets;
import vn.sotay.account.password.PasswordPolicy;
import vn.sotay.shared.NotFoundException;

/**
 * Creates members' accounts with a one-time initial password and re-issues credentials. Each issued password is
 * handed over in an {@link AccountIssued} event, inside the caller's transaction, for the mail module to put
 * into the outbox atomically with the account.
 */
@Service
public class AccountIssuance {

    private final Accounts accounts;
    private final AccountSettings settings;
    private final PasswordPolicy policy;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountIssuance(Accounts accounts, AccountSettings settings, PasswordPolicy policy, ApplicationEventPublisher events,
            Clock clock, org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.encoder = encoder;
        this.accounts = accounts;
        this.settings = settings;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Card numbers among {@code usernames} that already have an account. */
    @Transactional(readOnly = true)
    public List<String> existingUsernames(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : accounts.findExistingUsernames(usernames);
    }

    /** E-mail addresses (lower case) among {@code emails} that an account already uses. */
    @Transactional(readOnly = true)
    public List<String> existingEmails(Collection<String> emails) {
        return emails.isEmpty() ? List.of() : accounts.findExistingEmails(emails);
    }

    /** Creates the account; must run inside the caller's transaction. Returns the new account's id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long issue(NewMember member, String issuedBy) {
        Account account = new Account(SignIn.normalizeUsername(member.cardNumber()), member.fullName());
        account.setEmail(member.email());
        account.setPhone(member.phone());
        account.setBirthDate(member.birthDate());
        account.setGender(member.gender());
        account.setJoinedOn(member.joinedOn());
        account.setOfficialOn(member.officialOn());
        account.setOrganizationId(member.organizationId());
        String password = newSecret(account);
        accounts.save(account);
        events.publishEvent(new AccountIssued(account.getUsername(), account.getFullName(), account.getEmail(),
                member.organizationId(), password, expiry(), false, issuedBy));
        return account.getId();
    }

    /**
     * Creates an activated account with a known long-term password, for demo data only (the normal path is
     * {@link #issue}, with a one-time password). Does nothing when the card number already has an account.
     */
    @Transactional
    public void createDemoMember(NewMember member, String password) {
        String username = SignIn.normalizeUsername(member.cardNumber());
        if (accounts.findByUsername(username).isPresent()) {
            return;
        }
        Account account = new Account(username, member.fullName());
        account.setEmail(member.email());
        account.setPhone(member.phone());
        account.setBirthDate(member.birthDate());
        account.setGender(member.gender());
        account.setJoinedOn(member.joinedOn());
        account.setOfficialOn(member.officialOn());
        account.setOrganizationId(member.organizationId());
        account.changePassword(encoder.encode(vn.sotay.account.password.Passwords.normalize(password)), clock.instant());
        accounts.save(account);
    }

    /** "Cấp lại mật khẩu": a new one-time password; the old password and every session stop working. */
    @Transactional
    public void reissue(String username, String issuedBy) {
        Account account = accounts.findByUsername(SignIn.normalizeUsername(username))
                .orElseThrow(() -> new NotFoundException("account"));
        String password = newSecret(account);
        events.publishEvent(new AccountIssued(account.getUsername(), account.getFullName(), account.getEmail(),
                account.getOrganizationId(), password, expiry(), true, issuedBy));
        events.publishEvent(new AccountEvents.AccountAdministered("CREDENTIALS_REISSUED", account.getUsername(),
                account.getEmail() == null ? "phiếu in" : "email"));
    }

    private String newSecret(Account account) {
        String password = Secrets.oneTimePassword(policy.settings().minLength());
        account.issueInitialSecret(SignIn.initialSecretHash(account.getUsername(), password), expiry());
        return password;
    }

    private Instant expiry() {
        return clock.instant().plus(settings.initialPasswordValidity());
    }

    /** Looks up an account's id by card number. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String username) {
        return accounts.findByUsername(SignIn.normalizeUsername(username)).map(Account::getId);
    }
}
