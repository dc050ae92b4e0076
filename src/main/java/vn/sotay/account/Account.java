package vn.sotay.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.sotay.shared.Texts;

/**
 * A member's account: the login (card number, or {@code admin}), the member's data shown on
 * "Trang cá nhân", roles and credentials. A new account holds only a one-time initial secret
 * ({@code initialSecretHash}) that can do nothing but set the first long-term password.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "full_name_folded", nullable = false, length = 200)
    private String fullNameFolded;

    private String email;
    private String phone;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    private String gender;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "official_on")
    private LocalDate officialOn;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "office_admin", nullable = false)
    private boolean officeAdmin;

    @Column(name = "unit_admin_organization_id")
    private Long unitAdminOrganizationId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "initial_secret_hash")
    private String initialSecretHash;

    @Column(name = "initial_secret_expires_at")
    private Instant initialSecretExpiresAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String fullName) {
        this.username = username;
        this.createdAt = Instant.now();
        setFullName(fullName);
    }

    /** Replaces the credentials with a one-time initial secret; the long-term password stops working. */
    void issueInitialSecret(String secretHash, Instant expiresAt) {
        this.initialSecretHash = secretHash;
        this.initialSecretExpiresAt = expiresAt;
        this.passwordHash = null;
        this.mustChangePassword = true;
        this.credentialsVersion++;
    }

    /** Sets a long-term password; the initial secret and every session and token issued before stop working. */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.initialSecretHash = null;
        this.initialSecretExpiresAt = null;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
        this.credentialsVersion++;
        if (activatedAt == null) {
            activatedAt = now;
        }
    }

    void upgradeHash(String newHash) {
        this.passwordHash = newHash;
    }

    void signedIn(Instant now) {
        this.lastSignInAt = now;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.credentialsVersion++;
    }

    /** Roles changed: sessions and tokens holding the old roles end, so the new roles apply at the next sign-in. */
    void rolesChanged() {
        this.credentialsVersion++;
    }

    /**
     * Moved to another organisation: sessions and tokens holding the old organisation (and with it the old reach
     * into internal documents) end, so the new one applies at the next sign-in.
     */
    void moveTo(long organizationId) {
        this.organizationId = organizationId;
        this.credentialsVersion++;
    }

    public void setFullName(String fullName) {
        this.fullName = Texts.nfcTrim(fullName);
        this.fullNameFolded = Texts.fold(this.fullName);
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public void setOfficialOn(LocalDate officialOn) {
        this.officialOn = officialOn;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    void setOfficeAdmin(boolean officeAdmin) {
        this.officeAdmin = officeAdmin;
    }

    void setUnitAdminOrganizationId(Long organizationId) {
        this.unitAdminOrganizationId = organizationId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getGender() {
        return gender;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getOfficialOn() {
        return officialOn;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public boolean isOfficeAdmin() {
        return officeAdmin;
    }

    public Long getUnitAdminOrganizationId() {
        return unitAdminOrganizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getInitialSecretHash() {
        return initialSecretHash;
    }

    public Instant getInitialSecretExpiresAt() {
        return initialSecretExpiresAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
