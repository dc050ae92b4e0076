package vn.sotay.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountEvents.AccountAdministered;
import vn.sotay.account.internal.LoginThrottle;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;

/** Profile look-ups and the admins' actions on accounts, each limited to the acting admin's subtree. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    private final Accounts accounts;
    private final OrganizationDirectory organizations;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final AccountIssuance issuance;

    AccountManagement(Accounts accounts, OrganizationDirectory organizations, LoginThrottle throttle,
            ApplicationEventPublisher events, AccountIssuance issuance) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.throttle = throttle;
        this.events = events;
        this.issuance = issuance;
    }

    public MemberProfile profile(long accountId) {
        Account a = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
        List<OrganizationView> lineage = a.getOrganizationId() == null ? List.of()
                : organizations.lineage(a.getOrganizationId());
        OrganizationView unit = a.getUnitAdminOrganizationId() == null ? null
                : organizations.find(a.getUnitAdminOrganizationId()).orElse(null);
        List<String> roles = new ArrayList<>();
        roles.add("MEMBER");
        if (a.isOfficeAdmin()) {
            roles.add("OFFICE_ADMIN");
        }
        if (unit != null) {
            roles.add("UNIT_ADMIN");
        }
        return new MemberProfile(a.getUsername(), a.getFullName(), a.getBirthDate(), a.getGender(), a.getEmail(),
                a.getPhone(), lineage, a.getJoinedOn(), a.getOfficialOn(), roles, unit, a.isMustChangePassword());
    }

    /** Accounts the admin may see whose name or card number contains {@code query}, diacritics ignored. */
    public Page<AccountSummary> search(AccountPrincipal admin, String query, int page) {
        return search(admin, new AccountQuery(query, null, null), page, 50);
    }

    /** Accounts in the admin's scope matching name or card number (diacritics ignored), organisation subtree and status. */
    public Page<AccountSummary> search(AccountPrincipal admin, AccountQuery query, int page, int size) {
        Pageable pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("username"));
        String folded = query.text() == null || query.text().isBlank() ? "" : Texts.fold(query.text());
        String orgPath = null;
        if (query.organization() != null && !query.organization().isBlank()) {
            orgPath = organizations.findByCode(Texts.nfcTrim(query.organization())).map(OrganizationView::path).orElse("/none/");
        }
        String status = query.status() == null ? "" : query.status().name();
        return accounts.search(folded, scopePath(admin), orgPath, status, pageable).map(this::summary);
    }

    /** "Vô hiệu hóa" (false) or "Cho phép lại" (true): a disabled account cannot sign in and its sessions end. */
    @Transactional
    public void setEnabled(AccountPrincipal admin, String username, boolean enabled) {
        Account target = visibleAccount(admin, username);
        refuseSelf(admin, target, "Đồng chí không thể vô hiệu hóa tài khoản của chính mình.");
        target.setEnabled(enabled);
        events.publishEvent(new AccountAdministered(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", target.getUsername(), null));
    }

    /** Moves the member to another organisation inside the acting admin's scope; the member's sessions and tokens end. */
    @Transactional
    public void move(AccountPrincipal admin, String username, String organizationCode) {
        Account target = visibleAccount(admin, username);
        OrganizationView org = organizations.findByCode(Texts.nfcTrim(organizationCode == null ? "" : organizationCode))
                .filter(o -> mayActOn(admin, o.id()))
                .orElseThrow(() -> new ValidationException("organization", "UNKNOWN_ORGANIZATION",
                        "Mã tổ chức «" + organizationCode + "» không tồn tại hoặc nằm ngoài phạm vi quản lý của đồng chí."));
        String from = target.getOrganizationId() == null ? "-" : organizations.find(target.getOrganizationId())
                .map(OrganizationView::code).orElse("-");
        target.moveTo(org.id());
        events.publishEvent(new AccountAdministered("ACCOUNT_MOVED", target.getUsername(), from + " -> " + org.code()));
    }

    /** "Cấp lại mật khẩu": a new one-time password by e-mail (or slip); the old one stops working. */
    @Transactional
    public void reissue(AccountPrincipal admin, String username) {
        Account target = visibleAccount(admin, username);
        refuseSelf(admin, target, "Để đổi mật khẩu của chính mình, đồng chí dùng «Đổi mật khẩu» trong Trang cá nhân.");
        issuance.reissue(target.getUsername(), admin.username());
    }

    /** "Mở khóa": lifts the sign-in delays of the account. */
    @Transactional
    public void unlock(AccountPrincipal admin, String username) {
        Account target = visibleAccount(admin, username);
        throttle.unlock(target.getUsername());
        events.publishEvent(new AccountAdministered("ACCOUNT_UNLOCKED", target.getUsername(), null));
    }

    /** Makes the member a unit admin of {@code organizationCode}, which must lie in the acting admin's subtree. */
    @Transactional
    public void grantUnitAdmin(AccountPrincipal admin, String username, String organizationCode) {
        Account target = visibleAccount(admin, username);
        OrganizationView org = organizations.findByCode(Texts.nfcTrim(organizationCode))
                .filter(o -> mayActOn(admin, o.id()))
                .orElseThrow(() -> new ValidationException("organization", "UNKNOWN_ORGANIZATION", null));
        target.setUnitAdminOrganizationId(org.id());
        target.rolesChanged();
        events.publishEvent(new AccountAdministered("UNIT_ADMIN_GRANTED", target.getUsername(), org.code()));
    }

    @Transactional
    public void revokeUnitAdmin(AccountPrincipal admin, String username) {
        Account target = visibleAccount(admin, username);
        refuseSelf(admin, target, "Đồng chí không thể tự thu hồi quyền quản trị của chính mình; hãy đề nghị Văn phòng.");
        target.setUnitAdminOrganizationId(null);
        target.rolesChanged();
        events.publishEvent(new AccountAdministered("UNIT_ADMIN_REVOKED", target.getUsername(), null));
    }

    /** Whether the admin may act on things of this organisation: office admins everywhere, unit admins in their subtree. */
    public boolean mayActOn(AccountPrincipal admin, long organizationId) {
        if (admin.officeAdmin()) {
            return true;
        }
        return admin.unitAdminOrganizationId() != null
                && organizations.isInSubtree(admin.unitAdminOrganizationId(), organizationId);
    }

    private Account visibleAccount(AccountPrincipal admin, String username) {
        Optional<Account> found = accounts.findByUsername(SignIn.normalizeUsername(username));
        return found.filter(a -> admin.officeAdmin() || mayActOnAccount(admin, a))
                .orElseThrow(() -> new NotFoundException("account"));
    }

    /**
     * A unit admin acts on members of its subtree only, and never on an account holding a role that reaches beyond
     * it (an office admin, or a unit admin of an organisation outside the subtree): otherwise it could disable,
     * demote or re-issue the password of an admin above it.
     */
    private boolean mayActOnAccount(AccountPrincipal admin, Account a) {
        return !a.isOfficeAdmin() && a.getOrganizationId() != null && mayActOn(admin, a.getOrganizationId())
                && (a.getUnitAdminOrganizationId() == null || mayActOn(admin, a.getUnitAdminOrganizationId()));
    }

    private static void refuseSelf(AccountPrincipal admin, Account target, String message) {
        if (target.getId() == admin.id()) {
            throw new ValidationException("username", "SELF", message);
        }
    }

    private String scopePath(AccountPrincipal admin) {
        if (admin.officeAdmin()) {
            return null;
        }
        return admin.unitAdminOrganizationId() == null ? "/nowhere/"
                : organizations.find(admin.unitAdminOrganizationId()).map(OrganizationView::path).orElse("/nowhere/");
    }

    private AccountSummary summary(Account a) {
        Optional<OrganizationView> org = a.getOrganizationId() == null ? Optional.empty()
                : organizations.find(a.getOrganizationId());
        String unit = a.getUnitAdminOrganizationId() == null ? null
                : organizations.find(a.getUnitAdminOrganizationId()).map(OrganizationView::code).orElse(null);
        boolean throttled = throttle.blockedUntil(LoginThrottle.accountKey(a.getUsername())) != null;
        AccountSummary.Status status = !a.isEnabled() ? AccountSummary.Status.DISABLED
                : throttled ? AccountSummary.Status.LOCKED
                : a.getActivatedAt() == null ? AccountSummary.Status.NOT_ACTIVATED : AccountSummary.Status.ACTIVATED;
        return new AccountSummary(a.getUsername(), a.getFullName(), a.getEmail(), org.map(OrganizationView::code).orElse(null),
                org.map(OrganizationView::name).orElse(null), status, a.isOfficeAdmin(), unit, a.getLastSignInAt(), throttled);
    }
}
