package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static ProgressBar bar(int total, int columns) {
        return new ProgressBar(new PrintWriter(new StringWriter()), total, columns, () -> 0L);
    }

    @Test
    void lineShowsDoneRateAndEta() {
        ProgressBar bar = bar(10, 80);

        // 5 of 10 in 10 s: 0.5 per second; the 4 after the first took 8 s, so the 5 left take 10 s.
        assertEquals("[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 5/10 articles  0.5/s  ETA 0:10",
                bar.line(5, 0, 10.0, 8.0));
        assertEquals("[" + "=".repeat(30) + "] 10/10 articles, 2 failed  1.0/s", bar.line(10, 2, 10.0, 9.0));
    }

    @Test
    void theEtaWaitsForAFewArticlesAndLeavesTheSlowFirstOneOut() {
        ProgressBar bar = bar(100, 80);
        assertFalse(bar.line(2, 0, 10.0, 1.0).contains("ETA"), "too early to tell");
        // The first article took 9 s (models warming up), the next two 1 s: 97 left at 2 per second.
        assertTrue(bar.line(3, 0, 10.0, 1.0).endsWith("  0.3/s  ETA 0:49"), bar.line(3, 0, 10.0, 1.0));
    }

    @Test
    void theLineFitsANarrowTerminal() {
        for (int columns = 2; columns <= 100; columns++) {
            String line = bar(84, columns).line(42, 3, 10.0, 9.0);
            assertTrue(line.length() <= columns - 1, columns + ": " + line);
        }
        String sixty = bar(84, 60).line(42, 3, 10.0, 9.0);
        assertTrue(sixty.startsWith("[") && sixty.contains("42/84 articles, 3 failed  4.2/s  ETA 0:10"), sixty);
        assertEquals("42/84 articles, 3 failed  4.2/s  ETA 0:10", bar(84, 48).line(42, 3, 10.0, 9.0),
                "no room for a useful bar");
        assertEquals("42/84 articles, 3 fai", bar(84, 22).line(42, 3, 10.0, 9.0));
    }

    @Test
    void redrawsInPlaceAndEndsTheLine() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, 80, () -> now[0]);

        now[0] = 1_000_000_000L;
        bar.update(1, 0);
        now[0] = 2_000_000_000L;
        bar.update(2, 0);
        bar.finish();

        String s = err.toString();
        String first = "[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 1/2 articles  1.0/s";
        String last = "[" + "=".repeat(30) + "] 2/2 articles  1.0/s";
        assertEquals("\r" + first + "\r" + last + System.lineSeparator(), s);
    }

    @Test
    void aShorterLineWipesTheEndOfTheLongerOneBeforeIt() {
        StringWriter err = new StringWriter();
        long[] now = {0};
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 2, 80, () -> now[0]);
        now[0] = 1_000_000_000L;
        bar.update(1, 1);
        now[0] = 2_000_000_000L;
        bar.update(2, 0);
        String first = "[" + "=".repeat(15) + ">" + " ".repeat(14) + "] 1/2 articles, 1 failed  1.0/s";
        String last = "[" + "=".repeat(30) + "] 2/2 articles  1.0/s";
        assertEquals("\r" + first + "\r" + last + " ".repeat(first.length() - last.length()), err.toString());
    }
}
