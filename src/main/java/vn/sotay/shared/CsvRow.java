package vn.sotay.shared;

import java.util.List;

/** One record of a CSV file: its number as a spreadsheet shows it (first row = 1) and its values. */
public record CsvRow(int number, List<String> values) {

    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value at {@code index}, or an empty string when the row is shorter or the index is negative. */
    public String value(int index) {
        return index >= 0 && index < values.size() ? values.get(index) : "";
    }

    /** Whether every value is empty or white space, like the empty rows Excel leaves at the end. */
    public boolean blank() {
        return values.stream().allMatch(String::isBlank);
    }
}
