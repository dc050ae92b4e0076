package vn.sotay.shared;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work that may take too long (reading an untrusted file) on a low-priority daemon thread of its own; after the
 * time limit the thread is interrupted and left behind, and the caller goes on.
 */
public final class TimeLimit {

    private TimeLimit() {
    }

    /**
     * The work's result, or its exception as thrown.
     *
     * @throws TimeoutException when it did not finish within {@code millis}
     */
    public static <T> T call(Callable<T> work, long millis, String threadName) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        try {
            return task.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : new IOException(String.valueOf(e.getCause()), e.getCause());
        }
    }
}
