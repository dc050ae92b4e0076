package vn.sotay.provisioning.internal;

import java.util.List;

/**
 * A spreadsheet read as text: the header row and the data rows, each with its row number as the user sees it
 * (the header is row 1).
 */
public record SheetData(List<String> headers, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }
}
