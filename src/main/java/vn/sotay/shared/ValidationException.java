package vn.sotay.shared;

import java.util.List;

/** Input that breaks one or more rules; nothing was changed. Carries one entry per broken rule. */
public class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String code, String message) {
        this(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
