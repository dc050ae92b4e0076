package vn.sotay.provisioning.web;

import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.provisioning.ListReport;
import vn.sotay.provisioning.MemberListService;
import vn.sotay.provisioning.ReportExport;
import vn.sotay.shared.ValidationException;

/** "Danh sách đảng viên": upload, report, submit (units) and review, approve, reject with progress (office). */
@Controller
class MemberListController {

    private final MemberListService service;
    private final ReportExport export;
    private final OrganizationDirectory organizations;

    MemberListController(MemberListService service, ReportExport export, OrganizationDirectory organizations) {
        this.service = service;
        this.export = export;
        this.organizations = organizations;
    }

    @GetMapping("/admin/member-lists")
    String overview(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("lists", service.overview(admin, page));
        model.addAttribute("organizations", admin.officeAdmin() ? organizations.all()
                : organizations.subtree(admin.unitAdminOrganizationId()));
        return "provisioning/lists";
    }

    @PostMapping("/admin/member-lists")
    String upload(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String organization, RedirectAttributes redirect) throws IOException {
        if (ProvisioningApiController.noFileChosen(file)) {
            redirect.addFlashAttribute("uploadError", "Vui lòng chọn tệp danh sách (.xlsx hoặc .csv) trước khi tải lên.");
            return "redirect:/admin/member-lists";
        }
        try {
            ListReport report = service.upload(admin, file.getOriginalFilename(), file.getBytes(), organization);
            return "redirect:/admin/member-lists/" + report.list().getId();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("uploadError", e.errors().get(0).message());
            return "redirect:/admin/member-lists";
        }
    }

    @GetMapping("/admin/member-lists/{id}")
    String report(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("report", service.report(admin, id));
        model.addAttribute("rows", service.rows(admin, id, page));
        return "provisioning/list";
    }

    /** The progress bar, polled by htmx while issuance runs. */
    @GetMapping("/admin/member-lists/{id}/progress")
    String progress(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, Model model) {
        model.addAttribute("report", service.report(admin, id));
        return "provisioning/list :: progress";
    }

    @PostMapping("/admin/member-lists/{id}/submit")
    String submit(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đã gửi danh sách lên Văn phòng.", () -> service.submit(admin, id));
    }

    @PostMapping("/admin/member-lists/{id}/drop-error-rows")
    String dropErrorRows(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đã loại bỏ các dòng lỗi khỏi danh sách.", () -> service.dropErrorRows(admin, id));
    }

    @PostMapping("/admin/member-lists/{id}/approve")
    String approve(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đã phê duyệt: đang cấp tài khoản.", () -> service.approve(admin, id));
    }

    @PostMapping("/admin/member-lists/{id}/reject")
    String reject(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, "Đã từ chối danh sách.", () -> service.reject(admin, id, reason));
    }

    @PostMapping("/admin/member-lists/{id}/resume")
    String resume(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "Đang tiếp tục cấp tài khoản.", () -> service.resume(admin, id));
    }

    @GetMapping("/admin/member-lists/{id}/report.xlsx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id) throws IOException {
        return Spreadsheets.attachment("bao-cao-danh-sach-" + id + ".xlsx", out -> export.write(admin, id, out));
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("failed", e.errors().get(0).message());
        } catch (org.springframework.dao.ConcurrencyFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            redirect.addFlashAttribute("failed", "Danh sách vừa được xử lý bởi một thao tác khác. Vui lòng xem lại trạng thái.");
        }
        return "redirect:/admin/member-lists/" + id;
    }
}
