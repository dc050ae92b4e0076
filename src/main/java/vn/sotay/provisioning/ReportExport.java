package vn.sotay.provisioning;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.provisioning.internal.ReportWorkbook;

/** The validation report of a list as .xlsx: the rows in the upload format plus an error column. */
@Service
public class ReportExport {

    private final MemberListService service;

    ReportExport(MemberListService service) {
        this.service = service;
    }

    @Transactional(readOnly = true)
    public void write(AccountPrincipal admin, long listId, OutputStream out) throws IOException {
        ListReport report = service.report(admin, listId);
        List<ReportWorkbook.Line> lines = service.allRows(admin, listId).stream().map(r -> new ReportWorkbook.Line(
                r.getRowNumber(), r.getFullName(), r.getCardNumber(), RowInput.dmy(r.getBirthDate()), r.getGender(), r.getEmail(),
                r.getPhone(), RowInput.dmy(r.getJoinedOn()), RowInput.dmy(r.getOfficialOn()), r.getOrganizationCode())).toList();
        ReportWorkbook.write(lines, java.util.stream.Stream.concat(report.errors().stream(), report.warnings().stream()).toList(), out);
    }
}
