package vn.sotay.shared;

/** One problem with one input field: a stable code and a message for the user. */
public record FieldError(String field, String code, String message) {
}
