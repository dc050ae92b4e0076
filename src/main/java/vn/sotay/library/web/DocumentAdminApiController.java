package vn.sotay.library.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.Viewer;

/** The editors' API: create with files, change metadata, add files, publish, withdraw. */
@RestController
@RequestMapping("/api/v1/admin/documents")
@Tag(name = "Quản lý tài liệu / Document editing")
class DocumentAdminApiController {

    private final DocumentManagement management;

    DocumentAdminApiController(DocumentManagement management) {
        this.management = management;
    }

    @Operation(summary = "Create: multipart with part 'metadata' (JSON) and parts 'files'; 201 {\"id\"} or 400 with errors")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Long>> create(@Parameter(hidden = true) Viewer viewer,
            @RequestPart("metadata") DocumentRequest metadata,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        long id = management.create(viewer, metadata.metadata(), metadata.visibility(), Uploads.of(files), metadata.publishNow());
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "Replace the metadata and visibility; 204, 400, or 404 when not the caller's to edit")
    @PutMapping("/{id}")
    ResponseEntity<Void> update(@Parameter(hidden = true) Viewer viewer, @PathVariable long id,
            @RequestBody DocumentRequest metadata) {
        management.update(viewer, id, metadata.metadata(), metadata.visibility());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Add files (multipart parts 'files')")
    @PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Void> addFiles(@Parameter(hidden = true) Viewer viewer, @PathVariable long id,
            @RequestPart("files") List<MultipartFile> files) {
        management.addFiles(viewer, id, Uploads.of(files));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Publish (đăng)")
    @PostMapping("/{id}/publish")
    ResponseEntity<Void> publish(@Parameter(hidden = true) Viewer viewer, @PathVariable long id) {
        management.publish(viewer, id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Withdraw (thu hồi): members no longer see it")
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@Parameter(hidden = true) Viewer viewer, @PathVariable long id) {
        management.withdraw(viewer, id);
        return ResponseEntity.noContent().build();
    }
}
