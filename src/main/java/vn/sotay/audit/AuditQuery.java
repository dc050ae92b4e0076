package vn.sotay.audit;

import java.time.LocalDate;

/**
 * A filter of the audit log; {@code null} parts match everything.
 *
 * @param actor  the account name that acted, exactly
 * @param action the action code, e.g. {@code SIGN_IN_FAILED}
 * @param from   first day, in Vietnam time
 * @param to     last day (inclusive), in Vietnam time
 */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to, String target) {
}
