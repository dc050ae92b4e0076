package vn.sotay.organization;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of the organisation tree did. When {@code errors} is not empty nothing was written and the
 * counts are zero.
 */
public record ImportSummary(int created, int updated, int unchanged, List<ImportIssue> errors,
        List<ImportIssue> warnings) implements Serializable {

    public ImportSummary {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the file was imported (it had no errors). */
    public boolean imported() {
        return errors.isEmpty();
    }
}
