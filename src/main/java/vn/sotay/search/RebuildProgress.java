package vn.sotay.search;

import java.time.Instant;

/** How the last index rebuild goes or went: documents written of the total, when it ended, and why it failed. */
public record RebuildProgress(boolean running, long done, long total, Instant finishedAt, String error) {

    static final RebuildProgress IDLE = new RebuildProgress(false, 0, 0, null, null);

    public int percent() {
        return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }

    public boolean started() {
        return running || finishedAt != null;
    }
}
