package vn.sotay.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.sotay.account.AccountManagement;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.Accounts;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.shared.ValidationException;
import vn.sotay.support.AppTest;

/** A unit types its list in the form: rows added, fixed and removed, each change checked like an upload. */
@SpringBootTest(properties = "sotay.provisioning.run-jobs=false")
class ListEditingTest extends AppTest {

    @Autowired
    ListEditing editing;
    @Autowired
    MemberListService service;
    @Autowired
    OrganizationManagement organizations;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    AccountManagement management;
    @Autowired
    Accounts accounts;

    @Test
    void aTypedListIsCheckedAfterEveryChangeAndCanBeSent() throws Exception {
        ProvisioningFixture.importTree(organizations, directory);
        AccountPrincipal unit = ProvisioningFixture.unitAdmin(accounts, management, directory, "94000001");
        long id = editing.create(unit, "");
        assertThat(service.report(unit, id).organizationName()).isEqualTo("Đảng bộ cơ quan Ủy ban Dân tộc");
        assertThatThrownBy(() -> service.submit(unit, id)).isInstanceOf(ValidationException.class).hasMessageContaining("chưa có");

        List<ListIssue> first = editing.save(unit, id, null, new RowInput("Trịnh Văn Nhập", "4567", "31/02/1980", "nam",
                "", "", "", "", "UBDT-VP"));
        assertThat(first).extracting(ListIssue::code).contains("ZEROS_RESTORED", "DATE_FORMAT", "NO_EMAIL");
        assertThat(service.report(unit, id).list().getErrorCount()).isEqualTo(1);

        editing.save(unit, id, null, new RowInput("Trịnh Thị Hai", "00004567", "", "", "hai@example.org", "", "", "", ""));
        assertThat(service.report(unit, id).errors()).extracting(ListIssue::code).contains("DUPLICATE_CARD");

        RowInput stored = editing.row(unit, id, 2);
        assertThat(stored.cardNumber()).isEqualTo("00004567");
        List<ListIssue> fixed = editing.save(unit, id, 2, new RowInput(stored.fullName(), "00004568", "28/02/1980", "Nam",
                "nhap@example.org", "0912000000", "01/05/2000", "01/05/2001", "UBDT-VP"));
        assertThat(fixed).noneMatch(ListIssue::error);
        ListReport report = service.report(unit, id);
        assertThat(report.list().getRowCount()).isEqualTo(2);
        assertThat(report.errors()).isEmpty();
        assertThat(service.allRows(unit, id)).extracting(ListRow::getOrganizationCode).containsExactly("UBDT-VP", "UBDT");

        editing.delete(unit, id, 3);
        assertThat(service.report(unit, id).list().getRowCount()).isEqualTo(1);
        service.submit(unit, id);
        assertThatThrownBy(() -> editing.save(unit, id, null, stored)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nháp");
    }
}
