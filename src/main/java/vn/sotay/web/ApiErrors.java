package vn.sotay.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

/** JSON errors of the API: {@code 400 {"errors":[{"field","code","message"}]}} and a plain 404. */
@RestControllerAdvice(basePackages = "vn.sotay", annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, List<FieldError>>> invalid(ValidationException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("code", "NOT_FOUND", "message", "Không tìm thấy."));
    }
}
