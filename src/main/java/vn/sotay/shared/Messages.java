package vn.sotay.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Resolves a message code in the current request's locale; Vietnamese outside requests and by default. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static String get(MessageSource source, String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocaleContext() == null ? VIETNAMESE : LocaleContextHolder.getLocale();
        return source.getMessage(code, args, code, locale);
    }
}
