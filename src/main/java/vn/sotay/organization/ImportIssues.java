package vn.sotay.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import vn.sotay.shared.Messages;

/**
 * Collects the errors and warnings of one import as full sentences: "Dòng 5, cột «Mã tổ chức cấp trên»: …".
 * Lists at most {@value #MAX_LISTED} errors, in row order, and counts the rest.
 */
final class ImportIssues {

    static final int MAX_LISTED = 200;
    private static final String PREFIX = "organization.import.";

    private final MessageSource messages;
    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private int unlisted;

    ImportIssues(MessageSource messages) {
        this.messages = messages;
    }

    void fileError(String code, Object... args) {
        error(null, null, code, args);
    }

    void rowError(int row, String code, Object... args) {
        error(row, null, code, args);
    }

    void cellError(int row, ImportColumn column, String code, Object... args) {
        error(row, column.title(), code, args);
    }

    /** An error of a cell named as the file names it, e.g. a header cell. */
    void error(Integer row, String column, String code, Object... args) {
        if (errors.size() < MAX_LISTED) {
            errors.add(issue(row, column, code, args));
        } else {
            unlisted++;
        }
    }

    void warning(Integer row, String column, String code, Object... args) {
        if (warnings.size() < MAX_LISTED) {
            warnings.add(issue(row, column, code, args));
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size() + unlisted;
    }

    ImportSummary summary(int created, int updated, int unchanged) {
        List<ImportIssue> listed = new ArrayList<>(errors);
        listed.sort(Comparator.comparing(ImportIssue::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (unlisted > 0) {
            listed.add(new ImportIssue(null, null, "MORE_ERRORS", text("MORE_ERRORS", unlisted)));
        }
        return new ImportSummary(created, updated, unchanged, listed, warnings);
    }

    private ImportIssue issue(Integer row, String column, String code, Object... args) {
        String detail = text(code, args);
        String message;
        if (row == null) {
            message = detail;
        } else if (column == null) {
            message = Messages.get(messages, PREFIX + "row", row, detail);
        } else {
            message = Messages.get(messages, PREFIX + "cell", row, column, detail);
        }
        return new ImportIssue(row, column, code, message);
    }

    private String text(String code, Object... args) {
        return Messages.get(messages, PREFIX + code, args);
    }
}
