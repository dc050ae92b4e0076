package vn.sotay.provisioning;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountIssuance;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.NewMember;
import vn.sotay.provisioning.ProvisioningEvents.ListStep;
import vn.sotay.provisioning.internal.ListIssue;
import vn.sotay.provisioning.internal.MemberListValidator;
import vn.sotay.provisioning.internal.MemberRow;
import vn.sotay.provisioning.internal.SheetData;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.ValidationException;

/**
 * "Cấp một tài khoản": the office issues one member's account at once — the first unit admin of a new system, or a
 * member who joins between lists — checked by the rules of a list row and issued like one (a one-time password by
 * e-mail, or on a slip to print).
 */
@Service
public class DirectIssuance {

    private final MemberListService lists;
    private final AccountIssuance issuance;
    private final ApplicationEventPublisher events;

    DirectIssuance(MemberListService lists, AccountIssuance issuance, ApplicationEventPublisher events) {
        this.lists = lists;
        this.issuance = issuance;
        this.events = events;
    }

    /** Issues the account and returns its card number; the errors name the form's fields. */
    @Transactional
    public String issue(AccountPrincipal admin, RowInput input) {
        if (!admin.officeAdmin()) {
            throw new AccessDeniedException("office admins issue single accounts");
        }
        MemberListValidator.Result result = MemberListValidator.validate(new SheetData(ListEditing.HEADERS,
                List.of(new SheetData.Row(2, input.cells()))), lists.context(admin, null));
        List<FieldError> errors = result.issues().stream().filter(ListIssue::error)
                .map(i -> new FieldError(RowInput.field(i.column()), i.code(), i.message())).toList();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        MemberRow m = result.rows().get(0);
        issuance.issue(new NewMember(m.cardNumber(), m.fullName(), m.email(), m.phone(), m.birthDate(), m.gender(),
                m.joinedOn(), m.officialOn(), m.organizationId()), admin.username());
        events.publishEvent(new ListStep("ACCOUNT_ISSUED", m.cardNumber(),
                m.organizationCode() + (m.email() == null ? ", phiếu in" : ", email")));
        return m.cardNumber();
    }
}
