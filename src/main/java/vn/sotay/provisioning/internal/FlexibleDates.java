package vn.sotay.provisioning.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.sotay.shared.TypedDates;

/** Dates as units type them: dd/mm/yyyy, d/m/yyyy, with - or . too, ISO yyyy-mm-dd, or an Excel serial number. */
final class FlexibleDates {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private FlexibleDates() {
    }

    /** The date, or empty when the text is no date or an impossible one (31/02/1990). */
    static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        if (value.matches("\\d{5}(\\.0+)?")) {
            long serial = Long.parseLong(value.replaceAll("\\..*", ""));
            return serial >= 1 && serial < 80000 ? Optional.of(EXCEL_EPOCH.plusDays(serial)) : Optional.empty();
        }
        return TypedDates.date(value);
    }
}
