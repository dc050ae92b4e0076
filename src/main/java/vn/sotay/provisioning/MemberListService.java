package vn.sotay.provisioning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.sotay.account.AccountIssuance;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.provisioning.ProvisioningEvents.ListStep;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.provisioning.internal.MemberListReader;
import vn.sotay.provisioning.internal.MemberListValidator;
import vn.sotay.provisioning.internal.MemberRow;
import vn.sotay.provisioning.internal.SheetData;
import vn.sotay.provisioning.internal.UnreadableListException;
import vn.sotay.provisioning.internal.ValidationContext;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;

/**
 * The seed's process: a unit uploads its member list, sees the report, submits it; the office reviews every
 * unit's lists and approves (issuance starts in the background) or rejects with a reason.
 */
@Service
public class MemberListService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int BATCH = 1000;

    private final MemberLists lists;
    private final ListRows rows;
    private final ListIssues issues;
    private final IssuanceJobs jobs;
    private final OrganizationDirectory organizations;
    private final AccountIssuance issuance;
    private final ProvisioningSettings settings;
    private final IssuanceRunner runner;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberListService(MemberLists lists, ListRows rows, ListIssues issues, IssuanceJobs jobs,
            OrganizationDirectory organizations, AccountIssuance issuance, ProvisioningSettings settings,
            IssuanceRunner runner, EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.lists = lists;
        this.rows = rows;
        this.issues = issues;
        this.jobs = jobs;
        this.organizations = organizations;
        this.issuance = issuance;
        this.settings = settings;
        this.runner = runner;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    /** Reads, validates and stores a list as a draft; an unreadable file stores nothing. */
    @Transactional
    public ListReport upload(AccountPrincipal admin, String fileName, byte[] content, String organizationCode) {
        OrganizationView unit = unitFor(admin, organizationCode);
        SheetData sheet;
        try {
            sheet = MemberListReader.read(content);
        } catch (UnreadableListException e) {
            throw new ValidationException("file", "UNREADABLE", e.getMessage());
        }
        MemberListValidator.Result result = MemberListValidator.validate(sheet, context(admin, unit));
        MemberList list = new MemberList(unit == null ? null : unit.id(), Texts.nfcTrim(fileName), admin.username(), clock.instant());
        long errors = result.errorCount();
        list.counts(result.rows().size(), (int) errors, result.issues().size() - (int) errors);
        lists.saveAndFlush(list);
        store(list.getId(), result);
        events.publishEvent(new ListStep("MEMBER_LIST_UPLOADED", "list " + list.getId(),
                result.rows().size() + " rows, " + errors + " errors, file " + list.getFileName()));
        return report(admin, list.getId());
    }

    void store(long listId, MemberListValidator.Result result) {
        int n = 0;
        for (MemberRow row : result.rows()) {
            entityManager.persist(new ListRow(listId, row));
            if (++n % BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        for (ListIssue issue : result.issues()) {
            entityManager.persist(new ListIssueEntry(listId, issue));
            if (++n % BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        entityManager.clear();
    }

    @Transactional(readOnly = true)
    public ListReport report(AccountPrincipal admin, long listId) {
        MemberList list = visible(admin, listId);
        List<ListIssue> all = issues.findByList(listId).stream().map(ListIssueEntry::toIssue).toList();
        String orgName = list.getOrganizationId() == null ? null
                : organizations.find(list.getOrganizationId()).map(OrganizationView::name).orElse(null);
        return new ListReport(list, orgName, all.stream().filter(ListIssue::error).toList(),
                all.stream().filter(i -> !i.error()).toList(), jobs.findByListId(listId).orElse(null));
    }

    @Transactional(readOnly = true)
    public Page<ListRow> rows(AccountPrincipal admin, long listId, int page) {
        visible(admin, listId);
        return rows.findByListIdOrderByRowNumber(listId, PageRequest.of(Math.max(0, page), 100));
    }

    @Transactional(readOnly = true)
    public List<ListRow> allRows(AccountPrincipal admin, long listId) {
        visible(admin, listId);
        return rows.findByListIdOrderByRowNumber(listId);
    }

    /** The lists the admin may see: every unit's for the office, its own subtree's for a unit admin. */
    @Transactional(readOnly = true)
    public Page<ListReport> overview(AccountPrincipal admin, int page) {
        PageRequest request = PageRequest.of(Math.max(0, page), 50, Sort.by(Sort.Direction.DESC, "uploadedAt"));
        Page<MemberList> found = admin.officeAdmin() ? lists.findAll(request)
                : lists.findByOrganizationIdIn(subtreeIds(admin), request);
        return found.map(l -> new ListReport(l, l.getOrganizationId() == null ? null
                : organizations.find(l.getOrganizationId()).map(OrganizationView::name).orElse(null),
                List.of(), List.of(), jobs.findByListId(l.getId()).orElse(null)));
    }

    /**
     * "Loại bỏ các dòng lỗi": a draft keeps only its rows without errors (e.g. members of another unit), so it can be
     * sent; the removed rows stay in the downloaded report of the original upload no longer.
     */
    @Transactional
    public void dropErrorRows(AccountPrincipal admin, long listId) {
        MemberList list = visible(admin, listId);
        List<ListIssue> all = issues.findByList(listId).stream().map(ListIssueEntry::toIssue).toList();
        if (list.getStatus() != MemberList.Status.DRAFT || all.stream().anyMatch(i -> i.error() && i.row() <= 1)) {
            throw new ValidationException("list", "CANNOT_DROP", "Chỉ loại bỏ được các dòng lỗi của danh sách nháp có dòng tiêu đề hợp lệ.");
        }
        Set<Integer> bad = all.stream().filter(ListIssue::error).map(ListIssue::row).collect(Collectors.toSet());
        if (bad.isEmpty()) {
            return;
        }
        rows.deleteRows(listId, bad);
        issues.deleteRows(listId, bad);
        int warnings = (int) all.stream().filter(i -> !i.error() && !bad.contains(i.row())).count();
        list.counts(list.getRowCount() - bad.size(), 0, warnings);
        events.publishEvent(new ListStep("MEMBER_LIST_ERROR_ROWS_DROPPED", "list " + listId, bad.size() + " rows"));
    }

    /** "Gửi": Nháp → Đã gửi; refused while the list has errors. */
    @Transactional
    public void submit(AccountPrincipal admin, long listId) {
        MemberList list = visible(admin, listId);
        if (list.getStatus() == MemberList.Status.REJECTED) {
            throw new ValidationException("list", "REJECTED", "Danh sách đã bị từ chối. Vui lòng sửa theo lý do và tải lên danh sách mới.");
        }
        if (list.getStatus() != MemberList.Status.DRAFT) {
            throw new ValidationException("list", "NOT_DRAFT", "Danh sách này đã được gửi trước đó.");
        }
        if (list.getRowCount() == 0) {
            throw new ValidationException("list", "EMPTY", "Danh sách chưa có đảng viên nào nên chưa thể gửi.");
        }
        if (list.getErrorCount() > 0) {
            throw new ValidationException("list", "HAS_ERRORS", "Danh sách còn " + list.getErrorCount()
                    + " lỗi nên chưa thể gửi. Vui lòng sửa tệp theo báo cáo và tải lên lại.");
        }
        list.submit(admin.username(), clock.instant());
        events.publishEvent(new ListStep("MEMBER_LIST_SUBMITTED", "list " + listId, list.getRowCount() + " rows"));
    }

    /** "Từ chối" with a reason the unit sees. */
    @Transactional
    public void reject(AccountPrincipal admin, long listId, String reason) {
        MemberList list = reviewable(admin, listId);
        String text = Texts.nfcTrim(reason == null ? "" : reason);
        if (text.isEmpty() || text.length() > 1000) {
            throw new ValidationException("reason", "REASON_REQUIRED", "Vui lòng ghi lý do từ chối (tối đa 1000 ký tự).");
        }
        list.reject(admin.username(), text, clock.instant());
        events.publishEvent(new ListStep("MEMBER_LIST_REJECTED", "list " + listId, text));
    }

    /** "Phê duyệt": starts issuance in the background after commit; returns the job id. */
    @Transactional
    public long approve(AccountPrincipal admin, long listId) {
        MemberList list = reviewable(admin, listId);
        list.approve(admin.username(), clock.instant());
        IssuanceJob job = jobs.saveAndFlush(new IssuanceJob(listId, list.getRowCount(), admin.username(), clock.instant()));
        long jobId = job.getId();
        startAfterCommit(jobId);
        events.publishEvent(new ListStep("MEMBER_LIST_APPROVED", "list " + listId, "job " + jobId));
        return jobId;
    }

    /** "Tiếp tục cấp": a failed job starts again where it stopped. */
    @Transactional
    public void resume(AccountPrincipal admin, long listId) {
        if (!admin.officeAdmin()) {
            throw new AccessDeniedException("office admins resume issuance");
        }
        visible(admin, listId);
        IssuanceJob job = jobs.findByListId(listId).filter(j -> j.getStatus() == IssuanceJob.Status.FAILED)
                .orElseThrow(() -> new ValidationException("list", "NOT_FAILED", "Việc cấp tài khoản của danh sách này không bị dừng."));
        job.requeue();
        long jobId = job.getId();
        startAfterCommit(jobId);
        events.publishEvent(new ListStep("ISSUANCE_RESUMED", "list " + listId, "job " + jobId));
    }

    @Transactional(readOnly = true)
    public IssuanceJob job(AccountPrincipal admin, long jobId) {
        IssuanceJob job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("job"));
        visible(admin, job.getListId());
        return job;
    }

    private void startAfterCommit(long jobId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.start(jobId);
            }
        });
    }

    private MemberList reviewable(AccountPrincipal admin, long listId) {
        if (!admin.officeAdmin()) {
            throw new AccessDeniedException("office admins review lists");
        }
        MemberList list = visible(admin, listId);
        if (list.getStatus() != MemberList.Status.SUBMITTED) {
            throw new ValidationException("list", "NOT_SUBMITTED", "Danh sách không ở trạng thái «Đã gửi» nên không thể duyệt hay từ chối.");
        }
        return list;
    }

    MemberList visible(AccountPrincipal admin, long listId) {
        MemberList list = lists.findById(listId).orElseThrow(() -> new NotFoundException("list"));
        if (admin.officeAdmin() || (list.getOrganizationId() != null && subtreeIds(admin).contains(list.getOrganizationId()))) {
            return list;
        }
        throw new NotFoundException("list");
    }

    private Set<Long> subtreeIds(AccountPrincipal admin) {
        if (admin.unitAdminOrganizationId() == null) {
            return Set.of();
        }
        return organizations.subtree(admin.unitAdminOrganizationId()).stream().map(OrganizationView::id)
                .collect(Collectors.toSet());
    }

    private OrganizationView unitFor(AccountPrincipal admin, String code) {
        String wanted = Texts.nfcTrim(code == null ? "" : code);
        if (wanted.isEmpty()) {
            return admin.officeAdmin() ? null : organizations.find(admin.unitAdminOrganizationId()).orElseThrow();
        }
        OrganizationView org = organizations.findByCode(wanted)
                .orElseThrow(() -> new ValidationException("organization", "UNKNOWN_ORGANIZATION",
                        "Mã tổ chức «" + wanted + "» không tồn tại."));
        if (!admin.officeAdmin() && !subtreeIds(admin).contains(org.id())) {
            throw new ValidationException("organization", "OUTSIDE_SUBTREE",
                    "Tổ chức «" + wanted + "» nằm ngoài phạm vi quản lý của đồng chí.");
        }
        return org;
    }

    ValidationContext context(AccountPrincipal admin, OrganizationView unit) {
        List<OrganizationView> all = organizations.all();
        List<OrganizationView> allowed = admin.officeAdmin() ? all
                : organizations.subtree(admin.unitAdminOrganizationId());
        if (unit != null) {
            allowed = allowed.stream().filter(unit::contains).toList();
        }
        Set<String> inScope = (admin.officeAdmin() ? all : organizations.subtree(admin.unitAdminOrganizationId())).stream()
                .map(o -> o.code().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        Map<String, OrganizationView> byCode = allowed.stream()
                .collect(Collectors.toMap(o -> o.code().toUpperCase(java.util.Locale.ROOT), o -> o));
        Set<String> codes = all.stream().map(o -> o.code().toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        return new ValidationContext(Pattern.compile(settings.cardNumberPattern()), settings.fixedDigits(), byCode, codes,
                inScope, unit, chunked(issuance::existingUsernames), chunked(issuance::existingEmails), LocalDate.now(clock.withZone(VIETNAM)),
                settings.maxRows());
    }

    private static Function<Collection<String>, Collection<String>> chunked(Function<Collection<String>, List<String>> query) {
        return values -> {
            List<String> all = new ArrayList<>(values);
            Set<String> found = new HashSet<>();
            for (int i = 0; i < all.size(); i += 1000) {
                found.addAll(query.apply(all.subList(i, Math.min(all.size(), i + 1000))));
            }
            return found;
        };
    }
}
