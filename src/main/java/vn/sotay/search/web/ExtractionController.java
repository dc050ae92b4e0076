package vn.sotay.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.sotay.library.Viewer;
import vn.sotay.search.ExtractionStates;

/** The extraction state of a document's files on its edit page (an htmx fragment; only for its editors). */
@Controller
class ExtractionController {

    private final ExtractionStates states;

    ExtractionController(ExtractionStates states) {
        this.states = states;
    }

    @GetMapping("/admin/documents/{id}/extraction")
    String states(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("files", states.of(viewer, id));
        model.addAttribute("documentId", id);
        return "search/extraction :: states";
    }
}
