package vn.sotay.shared;

/** A file that cannot be read as CSV text; says which row and which value (counted from 0) when it knows. */
public class CsvFormatException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem {
        /** Neither UTF-8 nor UTF-16 with a byte order mark. */
        NOT_TEXT,
        /** An Excel workbook (.xlsx or .xls) rather than CSV text. */
        SPREADSHEET,
        /** A quoted value that is never closed. */
        UNCLOSED_QUOTE,
        /** Characters between a closing quote and the next separator. */
        TEXT_AFTER_QUOTE
    }

    private final Problem problem;
    private final int row;
    private final int value;

    public CsvFormatException(Problem problem, int row, int value) {
        super(problem + (row > 0 ? " at row " + row + ", value " + (value + 1) : ""));
        this.problem = problem;
        this.row = row;
        this.value = value;
    }

    public Problem problem() {
        return problem;
    }

    /** The row as a spreadsheet numbers it (first row = 1), or 0 for the whole file. */
    public int row() {
        return row;
    }

    /** The position of the value in its row, counted from 0, or -1 for the whole row. */
    public int value() {
        return value;
    }
}
