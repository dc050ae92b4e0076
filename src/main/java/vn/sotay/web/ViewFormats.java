package vn.sotay.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Formats for templates, as {@code ${@fmt.date(d)}}: dates dd/MM/yyyy, times in Asia/Ho_Chi_Minh, numbers with
 * Vietnamese separators (1.234.567) and file sizes.
 */
@Component("fmt")
public class ViewFormats {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(VIETNAM));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(VIETNAM));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(VI).format(value);
    }

    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return number(Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(VI, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
