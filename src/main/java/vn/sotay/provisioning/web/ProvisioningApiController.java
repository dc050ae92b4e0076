package vn.sotay.provisioning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.provisioning.IssuanceJob;
import vn.sotay.provisioning.ListReport;
import vn.sotay.provisioning.MemberListService;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.shared.ValidationException;

/** Member lists and issuance jobs over the API. */
@RestController
@Tag(name = "Cấp tài khoản / Provisioning")
class ProvisioningApiController {

    private final MemberListService service;

    ProvisioningApiController(MemberListService service) {
        this.service = service;
    }

    record Issue(int row, String column, String code, String message) {
        static Issue of(ListIssue i) {
            return new Issue(i.row(), i.column(), i.code(), i.message());
        }
    }

    record ListResponse(long id, String status, int rows, List<Issue> errors, List<Issue> warnings, Long jobId) {
        static ListResponse of(ListReport r) {
            return new ListResponse(r.list().getId(), r.list().getStatus().name(), r.list().getRowCount(),
                    r.errors().stream().map(Issue::of).toList(), r.warnings().stream().map(Issue::of).toList(),
                    r.job() == null ? null : r.job().getId());
        }
    }

    record RejectRequest(String reason) {
    }

    record JobResponse(String status, int processed, int total, int errors) {
    }

    /** No file part, or the empty part a browser sends when nothing was chosen; an empty file that has a name is read (and refused as empty). */
    static boolean noFileChosen(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }

    @Operation(summary = "Upload a member list (.xlsx or CSV): 201 with the validation report; 400 when unreadable")
    @PostMapping("/api/v1/admin/member-lists")
    ResponseEntity<ListResponse> upload(@AuthenticationPrincipal AccountPrincipal admin,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String organization)
            throws IOException {
        if (noFileChosen(file)) {
            throw new ValidationException("file", "REQUIRED", "Thiếu tệp danh sách (phần «file» của yêu cầu).");
        }
        ListReport report = service.upload(admin, file.getOriginalFilename(), file.getBytes(), organization);
        return ResponseEntity.status(HttpStatus.CREATED).body(ListResponse.of(report));
    }

    @GetMapping("/api/v1/admin/member-lists/{id}")
    ListResponse get(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id) {
        return ListResponse.of(service.report(admin, id));
    }

    @Operation(summary = "Send a draft list to the office; 400 (with why) while it has errors")
    @PostMapping("/api/v1/admin/member-lists/{id}/submit")
    ListResponse submit(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id) {
        service.submit(admin, id);
        return ListResponse.of(service.report(admin, id));
    }

    @PostMapping("/api/v1/admin/member-lists/{id}/reject")
    ListResponse reject(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, @RequestBody RejectRequest body) {
        service.reject(admin, id, body.reason());
        return ListResponse.of(service.report(admin, id));
    }

    @Operation(summary = "Approve a sent list: issuance starts in the background; 202 with the job id")
    @PostMapping("/api/v1/admin/member-lists/{id}/approve")
    ResponseEntity<Map<String, Long>> approve(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id) {
        return ResponseEntity.accepted().body(Map.of("jobId", service.approve(admin, id)));
    }

    @GetMapping("/api/v1/admin/jobs/{jobId}")
    JobResponse job(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long jobId) {
        IssuanceJob job = service.job(admin, jobId);
        return new JobResponse(job.getStatus().name(), job.getProcessed(), job.getTotal(), job.getSkipped());
    }
}
