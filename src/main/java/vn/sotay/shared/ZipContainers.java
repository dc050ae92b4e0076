package vn.sotay.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * The zip-bomb check of office containers (.docx, .xlsx, .pptx, OpenDocument), run on upload before any parser opens
 * the file. Every entry of the central directory (what POI and Tika read) is inflated once, counting; the file is
 * refused when an entry grows more than 100 times its compressed size past its first 100 KB (POI's own rule), when
 * all entries together unpack to more than the limit, or when it has more than 10,000 entries. A container whose
 * central directory cannot be read is scanned entry by entry from its start instead, with the same rules.
 * POI's built-in guard cannot be relied on: Tika's OOXML parser switches it off for the whole JVM when it loads.
 */
public final class ZipContainers {

    /** POI's default: an entry may unpack to at most 100 times its compressed size. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The unpacked size all entries of a container may reach when the caller has no setting of its own. */
    public static final long DEFAULT_MAX_UNPACKED = 1L << 30;
    private static final long GRACE_BYTES = 100 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    /** The container would unpack to something dangerous; nothing was unpacked beyond the point of noticing. */
    public static final class UnsafeContainerException extends Exception {
        public UnsafeContainerException(String reason) {
            super(reason);
        }
    }

    private ZipContainers() {
    }

    /** Whether the bytes begin like a zip file (local file header), as every office container does. */
    public static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Opens the container's bytes, each time from the start (a file, or bytes in memory). */
    @FunctionalInterface
    public interface Source {
        SeekableByteChannel open() throws IOException;
    }

    /**
     * Checks a container within {@code maxUnpacked} bytes in all.
     *
     * @throws UnsafeContainerException when it is a zip bomb, too large unpacked or has too many entries
     */
    public static void check(Source source, long maxUnpacked) throws IOException, UnsafeContainerException {
        Counter counter = new Counter(maxUnpacked);
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(source.open()).get();
        } catch (IOException unreadableDirectory) {
            scanStream(source, counter);
            return;
        }
        try (zip) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                counter.entry();
                if (zip.canReadEntryData(entry)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        counter.drain(in);
                    }
                }
            }
        }
    }

    private static void scanStream(Source source, Counter counter) throws IOException, UnsafeContainerException {
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(Channels.newInputStream(source.open()))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                counter.entry();
                if (zip.canReadEntryData(entry)) {
                    counter.drain(zip);
                }
            }
        }
    }

    /** Counts entries and unpacked bytes; inflating stops as soon as a rule is broken. */
    private static final class Counter {
        private final long maxUnpacked;
        private final byte[] buffer = new byte[64 * 1024];
        private long unpacked;
        private int entries;

        Counter(long maxUnpacked) {
            this.maxUnpacked = maxUnpacked;
        }

        void entry() throws UnsafeContainerException {
            if (++entries > MAX_ENTRIES) {
                throw new UnsafeContainerException("more than " + MAX_ENTRIES + " entries");
            }
        }

        void drain(InputStream in) throws IOException, UnsafeContainerException {
            InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
            long entryUnpacked = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                entryUnpacked += n;
                unpacked += n;
                if (unpacked > maxUnpacked) {
                    throw new UnsafeContainerException("unpacks to more than " + maxUnpacked + " bytes");
                }
                if (stats != null && entryUnpacked > GRACE_BYTES
                        && (double) stats.getCompressedCount() / stats.getUncompressedCount() < MIN_INFLATE_RATIO) {
                    throw new UnsafeContainerException("an entry inflates more than " + Math.round(1 / MIN_INFLATE_RATIO) + " times");
                }
            }
        }
    }
}
