package vn.sotay.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.sotay.library.Viewer;
import vn.sotay.search.ExtractionStates;
import vn.sotay.search.IndexRebuild;

/** The office admin's search index page: rebuild with a progress bar (htmx polling), extraction counts, OCR state. */
@Controller
class SearchAdminController {

    private final IndexRebuild rebuild;
    private final ExtractionStates extraction;

    SearchAdminController(IndexRebuild rebuild, ExtractionStates extraction) {
        this.rebuild = rebuild;
        this.extraction = extraction;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("progress", rebuild.progress());
        model.addAttribute("overview", extraction.overview());
        return "search/admin";
    }

    @GetMapping("/admin/search/progress")
    String progress(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "search/admin :: progress";
    }

    @PostMapping("/admin/search/rebuild")
    String start(Viewer viewer, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        rebuild.start(viewer.username());
        if (htmx == null) {
            return "redirect:/admin/search";
        }
        model.addAttribute("progress", rebuild.progress());
        return "search/admin :: progress";
    }

    @PostMapping("/admin/search/retry-ocr")
    String retryOcr() {
        extraction.retryOcr();
        return "redirect:/admin/search";
    }
}
