package vn.sotay.library.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.library.DocumentCatalog;
import vn.sotay.library.DocumentDetails;
import vn.sotay.library.DocumentFilter;
import vn.sotay.library.DocumentReading;
import vn.sotay.library.FileContent;
import vn.sotay.library.FileRequest;
import vn.sotay.library.LibrarySettings;
import vn.sotay.library.Viewer;

/** The members' library API: browse, one document with its files, a file's bytes (Range, ETag). */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Tài liệu / Documents")
class DocumentApiController {

    private final DocumentCatalog catalog;
    private final DocumentReading reading;
    private final LibrarySettings settings;

    DocumentApiController(DocumentCatalog catalog, DocumentReading reading, LibrarySettings settings) {
        this.catalog = catalog;
        this.reading = reading;
        this.settings = settings;
    }

    @Operation(summary = "Documents the caller may read: filters type, issuer, year, topic; sort relevance|date|title; page,"
            + " size. With q: full-text search {total, items[{id,title,number,type,issuer,issuedOn,snippet}], facets}")
    @GetMapping
    Object browse(@Parameter(hidden = true) Viewer viewer, @ModelAttribute BrowseForm form) {
        DocumentFilter filter = form.filter(settings.pageSize());
        if (filter.hasWords()) {
            return SearchResponse.of(catalog.search(viewer, filter));
        }
        return ApiPage.of(catalog.browse(viewer, filter));
    }

    @Operation(summary = "One document with its files; 404 when missing or not visible to the caller (counts a view)")
    @GetMapping("/{id}")
    DocumentDetails document(@Parameter(hidden = true) Viewer viewer, @PathVariable long id) {
        return reading.open(viewer, id);
    }

    @Operation(summary = "A file's bytes: attachment by default, ?disposition=inline to view; Range and If-None-Match supported")
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@Parameter(hidden = true) Viewer viewer, @PathVariable long id, @PathVariable long fileId,
            @RequestParam(defaultValue = "attachment") String disposition,
            @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.IF_RANGE, required = false) String ifRange) {
        boolean download = !"inline".equals(disposition);
        FileContent content = reading.file(viewer, new FileRequest(id, fileId, download, range, ifNoneMatch));
        return FileResponses.of(content, download, range, ifRange);
    }
}
