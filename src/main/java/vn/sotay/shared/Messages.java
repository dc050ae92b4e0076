package vn.sotay.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Resolves a message code in the current request's locale (Vietnamese by default). */
public final class Messages {

    private Messages() {
    }

    public static String get(MessageSource source, String code, Object... args) {
        return source.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
