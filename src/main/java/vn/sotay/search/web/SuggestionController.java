package vn.sotay.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.sotay.library.Viewer;
import vn.sotay.search.DocumentSearch;
import vn.sotay.search.Suggestion;

/** Suggestions under the search box: an htmx fragment for the header, JSON for the API. */
@Controller
@Tag(name = "Tìm kiếm / Search")
class SuggestionController {

    private final DocumentSearch search;

    SuggestionController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/search/suggest")
    String fragment(Viewer viewer, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("suggestions", search.suggest(viewer, q));
        return "search/suggest :: list";
    }

    @Operation(summary = "Titles and numbers of documents the caller may read that start with what was typed")
    @GetMapping("/api/v1/search/suggest")
    @ResponseBody
    List<Suggestion> api(@Parameter(hidden = true) Viewer viewer, @RequestParam(defaultValue = "") String q) {
        return search.suggest(viewer, q);
    }
}
