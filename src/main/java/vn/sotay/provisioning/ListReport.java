package vn.sotay.provisioning;

import java.util.List;
import vn.sotay.provisioning.internal.ListIssue;

/**
 * A member list with its validation report and, once approved, its issuance job.
 *
 * @param organizationName the unit that sent the list, or null
 * @param job              the issuance job, or null before approval
 */
public record ListReport(MemberList list, String organizationName, List<ListIssue> errors, List<ListIssue> warnings,
        IssuanceJob job) {

    public boolean canSubmit() {
        return list.getStatus() == MemberList.Status.DRAFT && list.getErrorCount() == 0 && list.getRowCount() > 0;
    }

    /** Errors only in data rows: they can be dropped to send the rest. */
    public boolean canDropErrorRows() {
        return list.getStatus() == MemberList.Status.DRAFT && list.getErrorCount() > 0
                && errors.stream().allMatch(e -> e.row() > 1);
    }

    public boolean canReview() {
        return list.getStatus() == MemberList.Status.SUBMITTED;
    }
}
