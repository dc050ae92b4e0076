package vn.sotay.organization;

import static vn.sotay.organization.ImportColumn.CODE;
import static vn.sotay.organization.ImportColumn.NAME;
import static vn.sotay.organization.ImportColumn.PARENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotay.shared.CsvFormatException;
import vn.sotay.shared.CsvHeader;
import vn.sotay.shared.CsvReader;
import vn.sotay.shared.CsvRow;

/**
 * Reads an organisation tree file (CSV with the columns of {@link ImportColumn}) into cleaned rows, reporting
 * every problem that a row has on its own or with another row of the file. Blank rows are skipped.
 */
final class ImportFile {

    private static final int SHOWN_LENGTH = 60;

    private ImportFile() {
    }

    static List<ImportRow> read(byte[] content, ImportIssues issues) {
        List<CsvRow> records;
        try {
            records = CsvReader.read(content).stream().filter(r -> !r.blank()).toList();
        } catch (CsvFormatException e) {
            report(e, issues);
            return List.of();
        }
        if (records.isEmpty()) {
            issues.fileError("EMPTY_FILE");
            return List.of();
        }
        CsvRow header = records.get(0);
        Map<ImportColumn, Integer> positions = columns(header, issues);
        if (positions == null) {
            return List.of();
        }
        if (records.size() == 1) {
            issues.rowError(header.number(), "NO_DATA");
            return List.of();
        }
        return rows(records.subList(1, records.size()), positions, header.values().size(), issues);
    }

    private static void report(CsvFormatException e, ImportIssues issues) {
        switch (e.problem()) {
            case NOT_TEXT, SPREADSHEET -> issues.fileError(e.problem().name());
            default -> issues.rowError(e.row(), e.problem().name(), e.value() + 1);
        }
    }

    /** Where each column stands, or {@code null} when the header is not usable (the errors say why). */
    private static Map<ImportColumn, Integer> columns(CsvRow header, ImportIssues issues) {
        CsvHeader.Match<ImportColumn> match = CsvHeader.match(header.values(), ImportColumn.accepted());
        int row = header.number();
        if (match.positions().isEmpty()) {
            issues.rowError(row, "NO_HEADER");
            return null;
        }
        match.unknown().forEach(i -> issues.warning(row, header.value(i).strip(), "UNKNOWN_COLUMN"));
        match.repeated().forEach(i -> issues.error(row, header.value(i).strip(), "REPEATED_COLUMN"));
        match.missing(List.of(ImportColumn.values())).forEach(c -> issues.cellError(row, c, "MISSING_COLUMN"));
        return issues.hasErrors() ? null : match.positions();
    }

    private static List<ImportRow> rows(List<CsvRow> records, Map<ImportColumn, Integer> positions, int width,
            ImportIssues issues) {
        Map<String, Integer> firstRows = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>();
        for (CsvRow record : records) {
            ImportRow row = row(record, positions, issues);
            if (record.values().stream().skip(width).anyMatch(v -> !v.isBlank())) {
                issues.warning(record.number(), null, "EXTRA_VALUES");
            }
            Integer first = row.code() == null ? null : firstRows.putIfAbsent(row.code(), row.row());
            if (first != null) {
                issues.cellError(row.row(), CODE, "DUPLICATE_CODE", row.code(), first);
            }
            rows.add(row);
        }
        return rows;
    }

    private static ImportRow row(CsvRow record, Map<ImportColumn, Integer> positions, ImportIssues issues) {
        int number = record.number();
        String code = OrganizationRules.code(record.value(positions.get(CODE)));
        String parent = OrganizationRules.code(record.value(positions.get(PARENT)));
        String name = OrganizationRules.name(record.value(positions.get(NAME)));
        check(issues, number, CODE, OrganizationRules.codeProblem(code), code);
        if (parent != null) {
            check(issues, number, PARENT, OrganizationRules.codeProblem(parent), parent);
        }
        check(issues, number, NAME, OrganizationRules.nameProblem(name), name);
        return new ImportRow(number, code, parent, name);
    }

    private static void check(ImportIssues issues, int row, ImportColumn column, String problem, String value) {
        if (problem != null) {
            int limit = column == NAME ? OrganizationRules.MAX_NAME_LENGTH : OrganizationRules.MAX_CODE_LENGTH;
            issues.cellError(row, column, problem, shown(value), value == null ? 0 : value.length(), limit);
        }
    }

    private static String shown(String value) {
        return value == null || value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH) + "…";
    }
}
