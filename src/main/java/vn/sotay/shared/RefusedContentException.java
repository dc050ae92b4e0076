package vn.sotay.shared;

/**
 * A well-formed request whose content is refused (an uploaded file that is empty, too large, of a refused type or a
 * zip bomb): the API answers 422 instead of 400, with the same list of field errors.
 */
public class RefusedContentException extends ValidationException {

    public RefusedContentException(String field, String code, String message) {
        super(field, code, message);
    }
}
