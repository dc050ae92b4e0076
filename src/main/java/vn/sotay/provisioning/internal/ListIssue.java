package vn.sotay.provisioning.internal;

/**
 * One problem in a member list: an error (the list cannot be submitted) or a warning.
 *
 * @param row    the row number as the spreadsheet shows it (header = 1), or 0 for the whole file
 * @param column the column's Vietnamese header, or null for the whole row or file
 */
public record ListIssue(int row, String column, String code, String message, boolean error) {
}
