package vn.sotay.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.RefusedContentException;
import vn.sotay.shared.ValidationException;

/** JSON errors of the API: {@code 400 {"errors":[{"field","code","message"}]}} and a plain 404. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, List<FieldError>>> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    /** An uploaded file refused for its content (empty, too large, refused type, zip bomb). */
    @ExceptionHandler(RefusedContentException.class)
    ResponseEntity<Map<String, List<FieldError>>> refused(RefusedContentException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("errors", e.errors()));
    }

    /** Two admins acted on the same thing at once (e.g. a double click on "Phê duyệt"): the loser is told so. */
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            org.springframework.dao.DataIntegrityViolationException.class})
    ResponseEntity<Map<String, List<FieldError>>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("errors", List.of(new FieldError(null, "CONFLICT",
                "Dữ liệu vừa được thay đổi bởi một thao tác khác. Vui lòng tải lại và thử lại."))));
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<FieldError>>> unreadable(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(new FieldError(null, "BAD_REQUEST",
                "Nội dung yêu cầu không đọc được (cần JSON hợp lệ)."))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("code", "NOT_FOUND", "message", "Không tìm thấy."));
    }
}
