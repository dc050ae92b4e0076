package vn.sotay.library.internal;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.HexFormat;

/**
 * Vietnamese alphabetical order (ICU collator {@code vi}) as a sortable text: the hex form of a title's collation
 * key, stored beside the title so that the database sorts and pages titles in Vietnamese order.
 */
public final class VietnameseOrder {

    private static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();
    private static final int MAX_CHARS = 120;
    private static final int MAX_KEY = 1200;

    private VietnameseOrder() {
    }

    public static String key(String title) {
        String value = title == null ? "" : title.length() > MAX_CHARS ? title.substring(0, MAX_CHARS) : title;
        byte[] bytes = COLLATOR.getCollationKey(value).toByteArray();
        String hex = HexFormat.of().formatHex(bytes);
        return hex.length() > MAX_KEY ? hex.substring(0, MAX_KEY) : hex;
    }

    public static Collator collator() {
        return COLLATOR;
    }
}
