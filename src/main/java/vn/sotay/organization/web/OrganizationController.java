package vn.sotay.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        try {
            done(redirect, "org.created", management.create(form.code(), form.name(), form.parent()).code());
        } catch (ValidationException e) {
            refused(redirect, e, form);
        }
        return TREE;
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
        try {
            done(redirect, "org.renamed", management.rename(code, name).code());
        } catch (ValidationException e) {
            refused(redirect, e, new OrganizationForm(code, name, null));
        }
        return DETAIL;
    }

    @PostMapping("/{code}/move")
    String move(@PathVariable String code, @RequestParam(defaultValue = "") String parent, RedirectAttributes redirect) {
        try {
            done(redirect, "org.moved", management.move(code, parent).code());
        } catch (ValidationException e) {
            refused(redirect, e, new OrganizationForm(code, null, parent));
        }
        return DETAIL;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void done(RedirectAttributes redirect, String message, String code) {
        redirect.addFlashAttribute("done", message);
        redirect.addFlashAttribute("doneCode", code);
    }

    private static void refused(RedirectAttributes redirect, ValidationException e, OrganizationForm form) {
        Map<String, List<String>> errors = e.errors().stream().collect(Collectors.groupingBy(FieldError::field,
                LinkedHashMap::new, Collectors.mapping(FieldError::message, Collectors.toList())));
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", form);
    }
}
