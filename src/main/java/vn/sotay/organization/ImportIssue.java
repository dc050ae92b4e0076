package vn.sotay.organization;

import java.io.Serializable;

/**
 * One problem found in an imported file.
 *
 * @param row     the row as a spreadsheet numbers it (header = 1), or {@code null} for the whole file
 * @param column  the column as named in the file's format, or {@code null} for the whole row
 * @param code    a stable code such as {@code PARENT_UNKNOWN}
 * @param message a full sentence for the user that names the row and column
 */
public record ImportIssue(Integer row, String column, String code, String message) implements Serializable {
}
