package vn.sotay.mail;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Why one message was not delivered, as shown to admins: the messages of the exception chain, one line, truncated.
 *
 * @param permanent the address is malformed or the server refused the recipient: retrying cannot help
 */
record DeliveryFailure(String error, boolean permanent) {

    private static final int MAX_ERROR = 500;

    static DeliveryFailure of(Throwable failure) {
        Set<String> parts = new LinkedHashSet<>();
        boolean permanent = false;
        for (Throwable t = failure; t != null && parts.size() < 6; t = t.getCause()) {
            permanent |= t instanceof AddressException
                    || t instanceof SendFailedException s && s.getInvalidAddresses() != null
                            && s.getInvalidAddresses().length > 0;
            String line = firstLine(t);
            if (!line.isEmpty()) {
                parts.add(line);
            }
        }
        String error = parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
        return new DeliveryFailure(error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error,
                permanent);
    }

    /** Jakarta Mail appends the nested exceptions after a line break; they come in their own turn. */
    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return t.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }
}
