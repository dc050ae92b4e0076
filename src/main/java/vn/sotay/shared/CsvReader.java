package vn.sotay.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.sotay.shared.CsvFormatException.Problem;

/**
 * Reads CSV text as RFC 4180 describes it: quoted values may hold separators, line breaks and doubled quotes.
 * Takes UTF-8 with or without a byte order mark (and UTF-16 with one); the separator is whichever of comma,
 * semicolon (Excel in a Vietnamese locale) or tab the first line uses most.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** All records, blank ones included, numbered as a spreadsheet shows them. */
    public static List<CsvRow> read(byte[] bytes) {
        return parse(decode(bytes));
    }

    /** All records of text already decoded (by a caller that knows more encodings), numbered the same way. */
    public static List<CsvRow> parse(String text) {
        return new Parser(text, separatorOf(text)).rows();
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CsvFormatException(Problem.SPREADSHEET, 0, -1);
        }
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(Problem.NOT_TEXT, 0, -1);
        }
    }

    /** The separator the first line uses most, outside quotes: comma unless semicolons or tabs outnumber it. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** One pass over the text; a record ends at CR, LF or CRLF outside quotes. */
    private static final class Parser {

        private final String text;
        private final char separator;
        private int pos;
        private int row = 1;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<CsvRow> rows() {
            List<CsvRow> rows = new ArrayList<>();
            while (pos < text.length()) {
                rows.add(new CsvRow(row, record()));
                row++;
            }
            return rows;
        }

        private List<String> record() {
            List<String> values = new ArrayList<>();
            while (true) {
                values.add(value(values.size()));
                if (pos >= text.length()) {
                    return values;
                }
                char c = text.charAt(pos++);
                if (c != separator) {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    return values;
                }
            }
        }

        private String value(int index) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted(index);
            }
            int start = pos;
            while (pos < text.length() && !endsValue(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String quoted(int index) {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c != '"') {
                    out.append(c);
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    out.append('"');
                    pos++;
                } else if (pos < text.length() && !endsValue(text.charAt(pos))) {
                    throw new CsvFormatException(Problem.TEXT_AFTER_QUOTE, row, index);
                } else {
                    return out.toString();
                }
            }
            throw new CsvFormatException(Problem.UNCLOSED_QUOTE, row, index);
        }

        private boolean endsValue(char c) {
            return c == separator || c == '\n' || c == '\r';
        }
    }
}
