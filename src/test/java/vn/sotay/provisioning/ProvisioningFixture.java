package vn.sotay.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.sotay.account.Account;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;

/** The corpus organisation tree, the office admin and a unit admin for UBDT, as provisioning tests need them. */
final class ProvisioningFixture {

    static final Path ORGANIZATIONS = Path.of("../shared/corpus/members/organizations.csv");
    static final Path SAMPLE_CSV = Path.of("../shared/corpus/members/members-sample.csv");
    static final Path SAMPLE_XLSX = Path.of("../shared/corpus/members/members-sample.xlsx");

    private ProvisioningFixture() {
    }

    static void importTree(OrganizationManagement organizations, OrganizationDirectory directory) throws IOException {
        if (directory.findByCode("DBK").isEmpty()) {
            try (InputStream in = Files.newInputStream(ORGANIZATIONS)) {
                organizations.importCsv("organizations.csv", in);
            }
        }
    }

    static AccountPrincipal office(Accounts accounts) {
        Account a = accounts.findByUsername("admin").orElseThrow();
        return new AccountPrincipal(a.getId(), "admin", a.getFullName(), false, true, null, null, a.getCredentialsVersion());
    }

    /** A member of UBDT-VP made unit admin of UBDT. */
    static AccountPrincipal unitAdmin(Accounts accounts, AccountManagement management, OrganizationDirectory directory,
            String username) {
        Account a = accounts.findByUsername(username).orElseGet(() -> {
            Account created = new Account(username, "Hoàng Văn Đơn Vị");
            created.setOrganizationId(directory.findByCode("UBDT-VP").orElseThrow().id());
            return accounts.saveAndFlush(created);
        });
        management.grantUnitAdmin(office(accounts), username, "UBDT");
        a = accounts.findByUsername(username).orElseThrow();
        return new AccountPrincipal(a.getId(), username, a.getFullName(), false, false, a.getUnitAdminOrganizationId(),
                a.getOrganizationId(), a.getCredentialsVersion());
    }
}
