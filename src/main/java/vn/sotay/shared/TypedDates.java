package vn.sotay.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates as people type them, read strictly: day/month/year (with "/", "-" or "."), or ISO yyyy-MM-dd as date
 * pickers send it; a time may follow ("31/12/2025 08:30", or ISO "2025-12-31T08:30"). An impossible date
 * (31/02/2020) is refused, never moved to the end of the month.
 */
public final class TypedDates {

    private static final List<DateTimeFormatter> DATES = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT),
            strict("d/M/uuuu H:mm"), strict("d/M/uuuu H:mm:ss"));

    private TypedDates() {
    }

    /** The date, or empty when the text is no date or an impossible one. */
    public static Optional<LocalDate> date(String text) {
        return parse(text, DATES, LocalDate::parse);
    }

    /** The date and time, or empty when the text is none or an impossible one. */
    public static Optional<LocalDateTime> dateTime(String text) {
        return parse(text, DATE_TIMES, LocalDateTime::parse);
    }

    private interface Parser<T> {
        T parse(CharSequence text, DateTimeFormatter format);
    }

    private static <T> Optional<T> parse(String text, List<DateTimeFormatter> formats, Parser<T> parser) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(parser.parse(value, format));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
