package vn.sotay.account;

import java.time.Clock;
import java.time.Duration;

/** Builds accounts for tests, as provisioning will: a member with a one-time initial password. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static Account memberWithInitialPassword(Accounts accounts, Clock clock, String username, String fullName,
            String initialPassword) {
        Account a = new Account(username, fullName);
        a.issueInitialSecret(SignIn.initialSecretHash(username, initialPassword), clock.instant().plus(Duration.ofDays(30)));
        return accounts.saveAndFlush(a);
    }

    public static void setEnabled(Accounts accounts, String username, boolean enabled) {
        Account a = accounts.findByUsername(username).orElseThrow();
        a.setEnabled(enabled);
        accounts.saveAndFlush(a);
    }

    public static void makeOfficeAdmin(Accounts accounts, String username) {
        Account a = accounts.findByUsername(username).orElseThrow();
        a.setOfficeAdmin(true);
        a.rolesChanged();
        accounts.saveAndFlush(a);
    }

    public static void makeUnitAdmin(Accounts accounts, String username, long organizationId) {
        Account a = accounts.findByUsername(username).orElseThrow();
        a.setUnitAdminOrganizationId(organizationId);
        a.rolesChanged();
        accounts.saveAndFlush(a);
    }
}
