package vn.sotay.library.storage;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Where the bytes of files live. Keys are chosen by the store (content-addressed), never derived from a file's
 * name. The local store is the default; an S3-compatible store implements the same contract.
 */
public interface FileStore {

    /**
     * Stores the stream's bytes, at most {@code maxBytes} of them, and returns where they now live.
     *
     * @throws FileTooLargeException when the stream is longer than {@code maxBytes}; nothing is kept then
     */
    StoredBlob put(InputStream content, long maxBytes) throws IOException;

    /** The stored bytes as a resource that can be streamed and read in ranges. */
    Resource get(String key);

    /** Reads {@code length} bytes from {@code offset} on. */
    InputStream range(String key, long offset, long length) throws IOException;

    boolean exists(String key);

    void delete(String key) throws IOException;
}
