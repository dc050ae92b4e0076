package vn.sotay.audit;

/** An action code with its label in the reader's language, for the filter of the audit log page. */
public record AuditActionLabel(String code, String label) {
}
