package vn.sotay.library.storage;

import java.io.IOException;

/** A stream was longer than the store was allowed to take. */
public class FileTooLargeException extends IOException {
    public FileTooLargeException(long maxBytes) {
        super("longer than " + maxBytes + " bytes");
    }
}
