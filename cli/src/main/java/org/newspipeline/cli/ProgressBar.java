package org.newspipeline.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return:
 * {@code [==========>         ] 42/84 articles  5.2/s  ETA 0:08}. Redraws at most every {@value #REDRAW_MILLIS} ms,
 * and always for the last article. Not thread-safe: the batch loop alone uses it.
 */
final class ProgressBar {

    static final long REDRAW_MILLIS = 200;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastLength;

    /**
     * @param err       standard error
     * @param total     the number of inputs
     * @param nanoClock the clock, {@code System::nanoTime} outside tests
     */
    ProgressBar(PrintWriter err, int total, LongSupplier nanoClock) {
        this.err = err;
        this.total = total;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /**
     * @param done   inputs finished so far
     * @param failed of which failed
     */
    void update(int done, int failed) {
        long now = nanoClock.getAsLong();
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_MILLIS * 1_000_000) {
            return;
        }
        lastDraw = now;
        draw(line(done, failed, (now - start) / 1e9));
    }

    /** Wipes the bar, so that a message can be printed on a clean line; the next update draws it again. */
    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
            lastDraw = Long.MIN_VALUE;
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (lastLength > 0) {
            err.println();
            err.flush();
            lastLength = 0;
        }
    }

    String line(int done, int failed, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder s = new StringBuilder()
                .append('[').append(bar).append("] ").append(done).append('/').append(total).append(" articles");
        if (failed > 0) {
            s.append(", ").append(failed).append(" failed");
        }
        if (done > 0 && seconds > 0) {
            s.append(String.format("  %.1f/s", rate));
            if (done < total) {
                s.append("  ETA ").append(clock((long) Math.ceil((total - done) / rate)));
            }
        }
        return s.toString();
    }

    private void draw(String line) {
        String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        lastLength = line.length();
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
