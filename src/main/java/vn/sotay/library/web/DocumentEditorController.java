package vn.sotay.library.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.library.DocumentCatalog;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentReading;
import vn.sotay.library.FileUpload;
import vn.sotay.library.Viewer;
import vn.sotay.shared.ValidationException;

/** The editors' pages: their documents, create (metadata proposed from the file), edit, files, publish, withdraw. */
@Controller
class DocumentEditorController {

    private static final String FORM = "library/edit";

    private final DocumentManagement management;
    private final DocumentCatalog catalog;
    private final DocumentReading reading;
    private final MessageSource messages;

    DocumentEditorController(DocumentManagement management, DocumentCatalog catalog, DocumentReading reading,
            MessageSource messages) {
        this.management = management;
        this.catalog = catalog;
        this.reading = reading;
        this.messages = messages;
    }

    @ModelAttribute
    void options(Viewer viewer, Model model) {
        model.addAttribute("options", management.options(viewer));
    }

    @GetMapping("/admin/documents")
    String list(Viewer viewer, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("documents", catalog.editable(viewer, q, page));
        return "library/admin-list";
    }

    @GetMapping("/admin/documents/new")
    String createForm(Viewer viewer, Model model) {
        DocumentForm form = new DocumentForm();
        if (!viewer.office()) {
            form.setScope("ORGANIZATION");
            form.setOrganization(management.options(viewer).defaultOrganization());
        }
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/admin/documents")
    String create(Viewer viewer, @ModelAttribute("form") DocumentForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            List<FileUpload> uploads = Uploads.of(files);
            long id = management.create(viewer, form.metadata(messages), form.visibility(), uploads, false);
            redirect.addFlashAttribute("done", uploads.isEmpty() ? "library.editor.createdWithoutFiles" : "library.editor.created");
            return "redirect:/admin/documents/" + id + "/edit";
        } catch (ValidationException e) {
            return invalid(e, model, response);
        }
    }

    @GetMapping("/admin/documents/{id}/edit")
    String editForm(Viewer viewer, @PathVariable long id, Model model) {
        var doc = reading.forEditing(viewer, id);
        model.addAttribute("doc", doc);
        model.addAttribute("form", DocumentForm.of(doc, doc.organizationCode()));
        return FORM;
    }

    @PostMapping("/admin/documents/{id}")
    String update(Viewer viewer, @PathVariable long id, @ModelAttribute("form") DocumentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            management.update(viewer, id, form.metadata(messages), form.visibility());
            redirect.addFlashAttribute("done", "library.editor.saved");
            return "redirect:/admin/documents/" + id + "/edit";
        } catch (ValidationException e) {
            model.addAttribute("doc", reading.forEditing(viewer, id));
            return invalid(e, model, response);
        }
    }

    @PostMapping("/admin/documents/{id}/files")
    String addFiles(Viewer viewer, @PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            RedirectAttributes redirect) {
        try {
            management.addFiles(viewer, id, Uploads.of(files));
            redirect.addFlashAttribute("done", "library.editor.filesAdded");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("fileErrors", e.errors().stream().map(f -> f.message()).toList());
        }
        return "redirect:/admin/documents/" + id + "/edit";
    }

    @PostMapping("/admin/documents/{id}/files/{fileId}/delete")
    String removeFile(Viewer viewer, @PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        management.removeFile(viewer, id, fileId);
        redirect.addFlashAttribute("done", "library.editor.fileRemoved");
        return "redirect:/admin/documents/" + id + "/edit";
    }

    @PostMapping("/admin/documents/{id}/publish")
    String publish(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        management.publish(viewer, id);
        redirect.addFlashAttribute("done", "library.editor.published");
        return "redirect:/admin/documents/" + id + "/edit";
    }

    @PostMapping("/admin/documents/{id}/withdraw")
    String withdraw(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        management.withdraw(viewer, id);
        redirect.addFlashAttribute("done", "library.editor.withdrawn");
        return "redirect:/admin/documents/" + id + "/edit";
    }

    private static String invalid(ValidationException e, Model model, HttpServletResponse response) {
        model.addAttribute("errors", e.messagesByField());
        response.setStatus(422);
        return FORM;
    }
}
