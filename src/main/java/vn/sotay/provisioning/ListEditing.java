package vn.sotay.provisioning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.provisioning.ProvisioningEvents.ListStep;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.provisioning.internal.MemberListValidator;
import vn.sotay.provisioning.internal.SheetData;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;

/**
 * A unit admin types a list instead of uploading one: a new empty draft, rows added, edited and removed in a form.
 * After every change the whole draft is checked again with the same rules as an upload.
 */
@Service
public class ListEditing {

    static final List<String> HEADERS = List.of("Họ và tên", "Số thẻ đảng viên", "Ngày sinh", "Giới tính", "Email",
            "Số điện thoại", "Ngày vào Đảng", "Ngày chính thức", "Mã tổ chức");

    private final MemberListService service;
    private final MemberLists lists;
    private final ListRows rows;
    private final ListIssues issues;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListEditing(MemberListService service, MemberLists lists, ListRows rows, ListIssues issues,
            OrganizationDirectory organizations, ApplicationEventPublisher events, Clock clock) {
        this.service = service;
        this.lists = lists;
        this.rows = rows;
        this.issues = issues;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** A new, empty draft for the admin's own organisation (or the one chosen). */
    @Transactional
    public long create(AccountPrincipal admin, String organizationCode) {
        String code = Texts.nfcTrim(organizationCode == null ? "" : organizationCode);
        OrganizationView unit = code.isEmpty() && admin.unitAdminOrganizationId() != null
                ? organizations.find(admin.unitAdminOrganizationId()).orElse(null)
                : organizations.findByCode(code).filter(o -> admin.officeAdmin() || admin.unitAdminOrganizationId() != null
                        && organizations.isInSubtree(admin.unitAdminOrganizationId(), o.id())).orElse(null);
        if (unit == null && !admin.officeAdmin()) {
            throw new ValidationException("organization", "UNKNOWN_ORGANIZATION", "Vui lòng chọn tổ chức đảng trong phạm vi quản lý của đồng chí.");
        }
        MemberList list = lists.saveAndFlush(new MemberList(unit == null ? null : unit.id(), null, admin.username(), clock.instant()));
        events.publishEvent(new ListStep("MEMBER_LIST_CREATED", "list " + list.getId(), "typed"));
        return list.getId();
    }

    /** An empty row for the form that adds one, to a list the admin may see (another unit's list is missing). */
    @Transactional(readOnly = true)
    public RowInput newRow(AccountPrincipal admin, long listId) {
        service.visible(admin, listId);
        return RowInput.blank();
    }

    /** The values of one row, for the edit form. */
    @Transactional(readOnly = true)
    public RowInput row(AccountPrincipal admin, long listId, int rowNumber) {
        service.visible(admin, listId);
        return find(listId, rowNumber).map(RowInput::of).orElseThrow(() -> new NotFoundException("row"));
    }

    /** Adds ({@code rowNumber} null) or replaces a row, then checks the whole draft again; returns the issues of that row. */
    @Transactional
    public List<ListIssue> save(AccountPrincipal admin, long listId, Integer rowNumber, RowInput input) {
        MemberList list = draft(admin, listId);
        List<SheetData.Row> sheet = sheetOf(listId);
        int number = rowNumber != null ? rowNumber : sheet.stream().mapToInt(SheetData.Row::number).max().orElse(1) + 1;
        if (rowNumber != null && sheet.removeIf(r -> r.number() == rowNumber) == false) {
            throw new NotFoundException("row");
        }
        sheet.add(new SheetData.Row(number, input.cells()));
        sheet.sort(java.util.Comparator.comparingInt(SheetData.Row::number));
        List<ListIssue> found = revalidate(admin, list, sheet);
        events.publishEvent(new ListStep(rowNumber == null ? "MEMBER_LIST_ROW_ADDED" : "MEMBER_LIST_ROW_EDITED",
                "list " + listId, "row " + number));
        return found.stream().filter(i -> i.row() == number).toList();
    }

    @Transactional
    public void delete(AccountPrincipal admin, long listId, int rowNumber) {
        MemberList list = draft(admin, listId);
        List<SheetData.Row> sheet = sheetOf(listId);
        if (!sheet.removeIf(r -> r.number() == rowNumber)) {
            throw new NotFoundException("row");
        }
        revalidate(admin, list, sheet);
        events.publishEvent(new ListStep("MEMBER_LIST_ROW_DELETED", "list " + listId, "row " + rowNumber));
    }

    private List<ListIssue> revalidate(AccountPrincipal admin, MemberList list, List<SheetData.Row> sheet) {
        OrganizationView unit = list.getOrganizationId() == null ? null : organizations.find(list.getOrganizationId()).orElse(null);
        rows.deleteByList(list.getId());
        issues.deleteByList(list.getId());
        if (sheet.isEmpty()) {
            list.counts(0, 0, 0);
            return List.of();
        }
        MemberListValidator.Result result = MemberListValidator.validate(new SheetData(HEADERS, sheet), service.context(admin, unit));
        long errors = result.errorCount();
        list.counts(result.rows().size(), (int) errors, result.issues().size() - (int) errors);
        service.store(list.getId(), result);
        return result.issues();
    }

    private MemberList draft(AccountPrincipal admin, long listId) {
        MemberList list = service.visible(admin, listId);
        if (list.getStatus() != MemberList.Status.DRAFT) {
            throw new ValidationException("list", "NOT_DRAFT", "Chỉ sửa được danh sách ở trạng thái «Nháp».");
        }
        return list;
    }

    private List<SheetData.Row> sheetOf(long listId) {
        List<SheetData.Row> sheet = new ArrayList<>();
        for (ListRow r : rows.findByListIdOrderByRowNumber(listId)) {
            sheet.add(new SheetData.Row(r.getRowNumber(), RowInput.of(r).cells()));
        }
        return sheet;
    }

    private Optional<ListRow> find(long listId, int rowNumber) {
        return rows.findByListIdOrderByRowNumber(listId).stream().filter(r -> r.getRowNumber() == rowNumber).findFirst();
    }
}
