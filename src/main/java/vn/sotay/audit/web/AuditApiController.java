package vn.sotay.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.audit.AuditSearch;
import vn.sotay.audit.AuditView;

/** The audit log for the office admins' tools. */
@RestController
@Tag(name = "Nhật ký hệ thống / Audit log")
class AuditApiController {

    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    /** One page of audit log lines, newest first. */
    record AuditPage(List<AuditView> items, int page, int pageSize, int totalPages, long totalItems) {
    }

    @Operation(summary = "Audit log lines newest first, 50 a page; dates yyyy-MM-dd or dd/MM/yyyy in Vietnam time, "
            + "'to' inclusive. 400 with one error per unreadable date.")
    @GetMapping("/api/v1/admin/audit")
    @PreAuthorize("hasRole('OFFICE_ADMIN')")
    AuditPage search(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page) {
        Page<AuditView> found = search.search(search.query(actor, action, from, to, target), page);
        return new AuditPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalPages(),
                found.getTotalElements());
    }
}
