package vn.sotay.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The messages grouped by field, in order, for the lines under each field of a form. */
    public Map<String, List<String>> messagesByField() {
        return errors.stream().collect(Collectors.groupingBy(FieldError::field, LinkedHashMap::new,
                Collectors.mapping(FieldError::message, Collectors.toList())));
    }
}
