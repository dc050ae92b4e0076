package vn.sotay.provisioning.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; the separator is the header line's , ; or tab. */
final class CsvParser {

    private CsvParser() {
    }

    static SheetData parse(String text) {
        char separator = separatorOf(text);
        List<List<String>> records = records(text, separator);
        if (records.isEmpty()) {
            throw new UnreadableListException("Tệp trống: không có dòng tiêu đề nào.");
        }
        List<SheetData.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new SheetData.Row(i + 1, cells));
            }
        }
        return new SheetData(records.get(0), rows);
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int commas = count(header, ','), semicolons = count(header, ';'), tabs = count(header, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                current.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(field.toString());
                field.setLength(0);
                records.add(current);
                current = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !current.isEmpty()) {
            current.add(field.toString());
            records.add(current);
        }
        return records;
    }
}
