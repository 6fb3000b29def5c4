package org.newspipeline.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Ctrl-C signal, as a flag the batch loop checks between articles. With {@link #onInterrupt()}, a shutdown hook
 * sets the flag and then waits (up to {@value #GRACE_SECONDS} s) until the run says it has {@link #finished()}, so
 * the file being written is completed and renamed, never left half written. Thread-safe.
 */
final class Cancellation {

    static final int GRACE_SECONDS = 10;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);

    /** @return a cancellation that only {@link #cancel()} sets: for tests and embedded use */
    static Cancellation manual() {
        return new Cancellation();
    }

    /** @return a cancellation set by Ctrl-C (SIGINT) or SIGTERM, through a JVM shutdown hook */
    static Cancellation onInterrupt() {
        Cancellation c = new Cancellation();
        Runtime.getRuntime().addShutdownHook(new Thread(c::cancelAndWait, "news-pipeline-shutdown"));
        return c;
    }

    /** Asks the run to stop after the article in hand. */
    void cancel() {
        cancelled.set(true);
    }

    /** @return true once {@link #cancel()} was called */
    boolean isCancelled() {
        return cancelled.get();
    }

    /** Called by the run when it has stopped writing: lets a waiting shutdown hook return. */
    void finished() {
        finished.countDown();
    }

    private void cancelAndWait() {
        cancel();
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
