package vn.sotay.library.web;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.library.DocumentCatalog;
import vn.sotay.library.DocumentFilter;
import vn.sotay.library.DocumentReading;
import vn.sotay.library.FileContent;
import vn.sotay.library.FileRequest;
import vn.sotay.library.LibrarySettings;
import vn.sotay.library.Viewer;

/** The members' library pages: browse and search results, document page, "Xem" (viewer or preview), "Tải về", "In". */
@Controller
class DocumentController {

    private final DocumentCatalog catalog;
    private final DocumentReading reading;
    private final LibrarySettings settings;

    DocumentController(DocumentCatalog catalog, DocumentReading reading, LibrarySettings settings) {
        this.catalog = catalog;
        this.reading = reading;
        this.settings = settings;
    }

    /** Browsing; with words, the search results (only the results part for htmx, as the member types). */
    @GetMapping("/documents")
    String list(Viewer viewer, @ModelAttribute("filter") BrowseForm form,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        DocumentFilter filter = form.filter(settings.pageSize());
        if (filter.hasWords()) {
            model.addAttribute("found", catalog.search(viewer, filter));
            model.addAttribute("sort", filter.sort());
            return htmx == null ? "library/search" : "library/search :: results";
        }
        model.addAttribute("result", catalog.browsePage(viewer, filter));
        return "library/list";
    }

    @GetMapping("/documents/{id}")
    String document(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("doc", reading.open(viewer, id));
        return "library/document";
    }

    @GetMapping("/documents/{id}/print")
    String print(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("doc", reading.peek(viewer, id));
        return "library/print";
    }

    @GetMapping("/documents/{id}/files/{fileId}/view")
    String view(Viewer viewer, @PathVariable long id, @PathVariable long fileId, Model model) {
        model.addAttribute("preview", reading.preview(viewer, id, fileId));
        return "library/view";
    }

    @GetMapping("/documents/{id}/files/{fileId}")
    ResponseEntity<Resource> file(Viewer viewer, @PathVariable long id, @PathVariable long fileId,
            @RequestParam(defaultValue = "attachment") String disposition,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) String ifRange) {
        boolean download = !"inline".equals(disposition);
        FileContent content = reading.file(viewer, new FileRequest(id, fileId, download, range, ifNoneMatch));
        return FileResponses.of(content, download, range, ifRange);
    }
}
