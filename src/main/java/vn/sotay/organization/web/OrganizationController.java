package vn.sotay.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationEntry;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

/**
 * The office's pages of the organisation tree: the tree with "Thêm tổ chức" and the CSV import, and one page per
 * organisation to rename or move it. Every form posts and redirects; a refusal comes back with its messages.
 */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationController {

    private static final String TREE = "redirect:/admin/organizations";
    private static final String DETAIL = "redirect:/admin/organizations/{code}";

    private final OrganizationDirectory directory;
    private final OrganizationManagement management;

    OrganizationController(OrganizationDirectory directory, OrganizationManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", directory.tree());
        return "organization/tree";
    }

    @PostMapping
    String create(OrganizationForm form, RedirectAttributes redirect) {
        return attempt(() -> management.create(form.code(), form.name(), form.parent()), "org.created", form, redirect, TREE);
    }

    @PostMapping("/import")
    String importFile(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        redirect.addFlashAttribute("report", management.importCsv(Uploads.name(file), Uploads.content(file)));
        return TREE;
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("detail", directory.detail(code));
        return "organization/detail";
    }

    @PostMapping("/{code}/rename")
    String rename(@PathVariable String code, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        return attempt(() -> management.rename(code, name), "org.renamed", new OrganizationForm(code, name, null), redirect,
                DETAIL);
    }

    @PostMapping("/{code}/move")
    String move(@PathVariable String code, @RequestParam(defaultValue = "") String parent, RedirectAttributes redirect) {
        return attempt(() -> management.move(code, parent), "org.moved", new OrganizationForm(code, null, parent), redirect,
                DETAIL);
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /**
     * Runs the change and redirects to {@code view}: with the message {@code done} when it worked, with the errors
     * and what was typed when it was refused.
     */
    private static String attempt(Supplier<OrganizationEntry> change, String done, OrganizationForm form,
            RedirectAttributes redirect, String view) {
        try {
            redirect.addFlashAttribute("doneCode", change.get().code());
            redirect.addFlashAttribute("done", done);
        } catch (ValidationException e) {
            Map<String, List<String>> errors = e.errors().stream().collect(Collectors.groupingBy(FieldError::field,
                    LinkedHashMap::new, Collectors.mapping(FieldError::message, Collectors.toList())));
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("form", form);
        }
        return view;
    }
}
