package vn.sotay.web;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.RefusedContentException;
import vn.sotay.shared.ValidationException;

/**
 * JSON errors of the API controllers: {@code 400 {"errors":[{"field","code","message"}]}} (422 for refused files),
 * {@code 404 {"code","message"}}. What fails before a controller runs is answered by {@link ContainerErrors}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

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

    /** A body that is no JSON, or a value that does not fit its field ("issuedOn":"2020-02-31"): the field is named. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<FieldError>>> unreadable(HttpMessageNotReadableException e) {
        JacksonException json = causeOf(e, JacksonException.class);
        String field = json == null ? "" : json.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName()
                : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        FieldError error;
        if (field.isEmpty()) {
            error = new FieldError(null, "BAD_REQUEST", Messages.get(messages, "api.error.UNREADABLE"));
        } else if (json instanceof MismatchedInputException m && m.getTargetType() != null
                && Temporal.class.isAssignableFrom(m.getTargetType())) {
            Object value = m instanceof InvalidFormatException f ? f.getValue() : "";
            error = new FieldError(field, "DATE_INVALID", Messages.get(messages, "api.error.DATE_INVALID", field, value));
        } else {
            error = new FieldError(field, "INVALID_VALUE", Messages.get(messages, "api.error.INVALID_VALUE", field));
        }
        return ResponseEntity.badRequest().body(Map.of("errors", List.of(error)));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("code", "NOT_FOUND", "message", Messages.get(messages, "api.error.NOT_FOUND")));
    }
}
