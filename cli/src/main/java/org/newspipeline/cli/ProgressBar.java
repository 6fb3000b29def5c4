package org.newspipeline.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return:
 * {@code [==========>         ] 42/84 articles  5.2/s  ETA 0:08}. The line always fits the terminal's width (one
 * column is left free, so that no terminal wraps it): the bar shrinks first, then goes, and what still does not
 * fit is cut. The ETA is left out until {@value #ETA_AFTER} articles are done and counts from the end of the
 * first one, which is slower than the rest (the JIT is still warming up). Redraws at most every
 * {@value #REDRAW_MILLIS} ms, and always for the last article. Not thread-safe: the batch loop alone uses it.
 */
final class ProgressBar {

    static final long REDRAW_MILLIS = 200;
    /** The ETA shows from this many articles done. */
    static final int ETA_AFTER = 3;
    private static final int BAR_WIDTH = 30;
    private static final int MIN_BAR_WIDTH = 5;

    private final PrintWriter err;
    private final int total;
    private final int columns;
    private final LongSupplier nanoClock;
    private final long start;
    private long firstDone = Long.MIN_VALUE;
    private long lastDraw = Long.MIN_VALUE;
    private int lastLength;

    /**
     * @param err       standard error
     * @param total     the number of inputs
     * @param columns   the terminal's width, in columns
     * @param nanoClock the clock, {@code System::nanoTime} outside tests
     */
    ProgressBar(PrintWriter err, int total, int columns, LongSupplier nanoClock) {
        this.err = err;
        this.total = total;
        this.columns = Math.max(columns, 2);
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    /**
     * @param done   inputs finished so far
     * @param failed of which failed
     */
    void update(int done, int failed) {
        long now = nanoClock.getAsLong();
        if (done > 0 && firstDone == Long.MIN_VALUE) {
            firstDone = now;
        }
        if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_MILLIS * 1_000_000) {
            return;
        }
        lastDraw = now;
        draw(line(done, failed, (now - start) / 1e9, (now - firstDone) / 1e9));
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

    /**
     * @param done            inputs finished so far
     * @param failed          of which failed
     * @param seconds         since the start
     * @param sinceFirstDone  since the first input finished
     * @return the line, at most one column narrower than the terminal
     */
    String line(int done, int failed, double seconds, double sinceFirstDone) {
        StringBuilder s = new StringBuilder().append(done).append('/').append(total).append(" articles");
        if (failed > 0) {
            s.append(", ").append(failed).append(" failed");
        }
        if (done > 0 && seconds > 0) {
            s.append(String.format("  %.1f/s", done / seconds));
            if (done < total && done >= ETA_AFTER && sinceFirstDone > 0) {
                double rate = (done - 1) / sinceFirstDone;
                s.append("  ETA ").append(clock((long) Math.ceil((total - done) / rate)));
            }
        }
        int room = columns - 1;
        int barWidth = Math.min(BAR_WIDTH, room - s.length() - 3);
        String text = barWidth >= MIN_BAR_WIDTH ? "[" + bar(done, barWidth) + "] " + s : s.toString();
        return text.length() > room ? text.substring(0, room) : text;
    }

    private String bar(int done, int width) {
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        return "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
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
