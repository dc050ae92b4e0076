package vn.sotay.provisioning.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.provisioning.ListEditing;
import vn.sotay.provisioning.RowInput;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.shared.ValidationException;

/** Typing a list: a new empty draft, and the form to add, edit or remove one member. */
@Controller
class ListRowController {

    private final ListEditing editing;

    ListRowController(ListEditing editing) {
        this.editing = editing;
    }

    @PostMapping("/admin/member-lists/new")
    String create(@AuthenticationPrincipal AccountPrincipal admin, @RequestParam(defaultValue = "") String organization,
            RedirectAttributes redirect) {
        try {
            return "redirect:/admin/member-lists/" + editing.create(admin, organization) + "/rows/new";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("uploadError", e.errors().get(0).message());
            return "redirect:/admin/member-lists";
        }
    }

    @GetMapping("/admin/member-lists/{id}/rows/new")
    String newRow(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, Model model) {
        model.addAttribute("listId", id);
        model.addAttribute("row", editing.newRow(admin, id));
        return "provisioning/row";
    }

    @GetMapping("/admin/member-lists/{id}/rows/{number}")
    String editRow(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, @PathVariable int number, Model model) {
        model.addAttribute("listId", id);
        model.addAttribute("number", number);
        model.addAttribute("row", editing.row(admin, id, number));
        return "provisioning/row";
    }

    @PostMapping("/admin/member-lists/{id}/rows")
    String add(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, @ModelAttribute RowInput row,
            Model model, RedirectAttributes redirect) {
        return save(admin, id, null, row, model, redirect);
    }

    @PostMapping("/admin/member-lists/{id}/rows/{number}")
    String edit(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, @PathVariable int number,
            @ModelAttribute RowInput row, Model model, RedirectAttributes redirect) {
        return save(admin, id, number, row, model, redirect);
    }

    @PostMapping("/admin/member-lists/{id}/rows/{number}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal admin, @PathVariable long id, @PathVariable int number,
            RedirectAttributes redirect) {
        editing.delete(admin, id, number);
        redirect.addFlashAttribute("done", "Đã xóa dòng " + number + " khỏi danh sách.");
        return "redirect:/admin/member-lists/" + id;
    }

    private String save(AccountPrincipal admin, long id, Integer number, RowInput row, Model model, RedirectAttributes redirect) {
        try {
            List<ListIssue> issues = editing.save(admin, id, number, row);
            List<ListIssue> errors = issues.stream().filter(ListIssue::error).toList();
            redirect.addFlashAttribute(errors.isEmpty() ? "done" : "failed", errors.isEmpty()
                    ? "Đã lưu đảng viên vào danh sách." : "Đã lưu, nhưng dòng này còn lỗi: "
                    + String.join(" ", errors.stream().map(ListIssue::message).toList()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("failed", e.errors().get(0).message());
        }
        return "redirect:/admin/member-lists/" + id;
    }
}
