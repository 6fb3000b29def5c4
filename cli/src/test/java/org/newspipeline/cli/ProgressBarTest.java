package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void lineShowsDoneRateAndEta() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 10, () -> 0L);

        // 5 of 10 in 10 s: 0.5 per second, 5 left, so 10 s to go; the bar is half full (15 of 30).
        assertEquals("[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 5/10 articles  0.5/s  ETA 0:10",
                bar.line(5, 0, 10.0));
        assertEquals("[" + "=".repeat(30) + "] 10/10 articles, 2 failed  1.0/s", bar.line(10, 2, 10.0));
    }

    @Test
    void redrawsInPlaceAndEndsTheLine() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, () -> now[0]);

        now[0] = 1_000_000_000L;
        bar.update(1, 0);
        now[0] = 2_000_000_000L;
        bar.update(2, 0);
        bar.finish();

        String s = err.toString();
        String first = "[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 1/2 articles  1.0/s  ETA 0:01";
        String last = "[" + "=".repeat(30) + "] 2/2 articles  1.0/s";
        // The shorter last line is padded with blanks to wipe the end of the longer one before it.
        assertEquals("\r" + first + "\r" + last + " ".repeat(first.length() - last.length())
                + System.lineSeparator(), s);
    }
}
