package vn.sotay.account.password;

import vn.sotay.shared.Texts;

/** The one normalisation every password goes through before it is checked, hashed or compared. */
public final class Passwords {

    private Passwords() {
    }

    /**
     * NFC form without leading or trailing white space, so that the same password typed on another
     * keyboard (NFD, as macOS and some Vietnamese input methods produce) or pasted with a trailing
     * space is the same password at every step.
     */
    public static String normalize(String raw) {
        return raw == null ? "" : Texts.nfcTrim(raw);
    }
}
