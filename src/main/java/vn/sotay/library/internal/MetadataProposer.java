package vn.sotay.library.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotay.shared.Texts;

/**
 * Proposes a document's number, issue date, type and title from the first lines of its text, for the editor to
 * confirm: "Luật số: 103/2016/QH13", "Số: 135-KH/ĐUK", "ngày 05 tháng 4 năm 2016", a line "LUẬT" and the next one.
 */
public final class MetadataProposer {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+/\\d{4}/QH\\d+|\\d+-[A-ZĐ]+/[A-ZĐ]+(?:-[A-ZĐ]+)?)");
    private static final Pattern DATE = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final int HEAD_LINES = 60;

    private MetadataProposer() {
    }

    /** What could be read; any part may be {@code null}. */
    public record Proposal(String number, LocalDate issuedOn, String type, String title) {
    }

    public static Proposal propose(String text, List<String> types) {
        String head = Texts.nfc(text == null ? "" : text);
        List<String> lines = head.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("-+"))
                .limit(HEAD_LINES).toList();
        String joined = String.join("\n", lines);
        Matcher number = NUMBER.matcher(joined);
        String type = null;
        String title = null;
        for (int i = 0; i < lines.size() && type == null; i++) {
            String line = lines.get(i);
            for (String candidate : types) {
                if (line.equals(candidate.toUpperCase(VI))) {
                    type = candidate;
                    title = i + 1 < lines.size() ? titleOf(candidate, lines.get(i + 1)) : candidate;
                }
            }
        }
        return new Proposal(number.find() ? number.group(1) : null, date(joined), type, title);
    }

    private static String titleOf(String type, String next) {
        if (!next.equals(next.toUpperCase(VI))) {
            return type;
        }
        return type + " " + next.toLowerCase(VI);
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                // not a real date: try the next one
            }
        }
        return null;
    }
}
