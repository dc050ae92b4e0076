package vn.sotay.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;
import vn.sotay.organization.ImportSummary;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationEntry;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.organization.OrganizationNode;

/** The organisation tree for the office's tools: read it, add, rename or move one organisation, import a file. */
@RestController
@RequestMapping("/api/v1/admin/organizations")
@Tag(name = "Tổ chức đảng / Organisations", description = "Office admins only")
class OrganizationApiController {

    private final OrganizationDirectory directory;
    private final OrganizationManagement management;

    OrganizationApiController(OrganizationDirectory directory, OrganizationManagement management) {
        this.directory = directory;
        this.management = management;
    }

    record CreateRequest(String code, String name, String parent) {
    }

    record UpdateRequest(String name, String parent) {
    }

    @Operation(summary = "The whole tree: the top-level organisations, each with its children nested")
    @GetMapping
    List<OrganizationNode> tree() {
        return directory.tree();
    }

    @Operation(summary = "One organisation: code, name and parent code (null at the top); 404 when unknown")
    @GetMapping("/{code}")
    OrganizationEntry get(@PathVariable String code) {
        return directory.entry(code);
    }

    @Operation(summary = "Add an organisation under the parent code (null or empty: top level); 201, or 400 with the errors")
    @PostMapping
    ResponseEntity<OrganizationEntry> create(@RequestBody CreateRequest body, UriComponentsBuilder uri) {
        OrganizationEntry created = management.create(body.code(), body.name(), body.parent());
        return ResponseEntity.created(uri.path("/api/v1/admin/organizations/{code}").buildAndExpand(created.code())
                .encode().toUri()).body(created);
    }

    @Operation(summary = "Set name and parent (null or empty: top level), moving the whole subtree; 400 with the errors, "
            + "404 when unknown")
    @PutMapping("/{code}")
    OrganizationEntry update(@PathVariable String code, @RequestBody UpdateRequest body) {
        return management.update(code, body.name(), body.parent());
    }

    @Operation(summary = "Import a CSV tree file (part 'file'; columns Mã tổ chức, Mã tổ chức cấp trên, Tên tổ chức) "
            + "all or nothing: 200 with the counts, or 400 with the same summary listing every error by row and column")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportSummary> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        ImportSummary summary = management.importCsv(Uploads.name(file), Uploads.content(file));
        return ResponseEntity.status(summary.imported() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(summary);
    }
}
