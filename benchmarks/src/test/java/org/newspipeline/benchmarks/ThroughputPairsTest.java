package org.newspipeline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputPairsTest {

    @Test
    void shotsAlternateOneAndTwoThreadsStartingWithOne() {
        assertEquals(List.of(1, 2, 1, 2), List.of(ThroughputBenchmark.threadsOfShot(0),
                ThroughputBenchmark.threadsOfShot(1), ThroughputBenchmark.threadsOfShot(2),
                ThroughputBenchmark.threadsOfShot(3)));
    }

    @Test
    void alternatingShotsAreSplitIntoPairsAndEachPairGivesARatio() {
        // 10 articles; the machine slows down between the first and the second pair.
        ThroughputPairs pairs = ThroughputPairs.of(10, List.of(1000.0, 500.0, 2000.0, 1250.0, 1000.0, 600.0),
                List.of(1000.0, 1000.0, 2000.0, 2400.0, 1100.0, 1200.0));
        assertEquals(List.of(1000.0, 2000.0, 1000.0), pairs.oneThreadMs());
        assertEquals(List.of(500.0, 1250.0, 600.0), pairs.twoThreadsMs());
        List<Double> ratios = pairs.scalingPerPair();
        assertEquals(2.0, ratios.get(0), 1e-9);
        assertEquals(1.6, ratios.get(1), 1e-9);
        assertEquals(1000.0 / 600, ratios.get(2), 1e-9);
        assertEquals(1000.0 / 600, pairs.scaling(), 1e-9);
        assertEquals(10.0, pairs.articlesPerSecond1(), 1e-9);        // median shot 1000 ms
        assertEquals(10_000.0 / 600, pairs.articlesPerSecond2(), 1e-9);
        assertEquals(110.0, pairs.cpuPerArticle1(), 1e-9);
        assertEquals(120.0, pairs.cpuPerArticle2(), 1e-9);
    }

    @Test
    void anOddNumberOfShotsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ThroughputPairs.of(1, List.of(1.0, 2.0, 3.0), List.of(1.0, 2.0, 3.0)));
        assertThrows(IllegalArgumentException.class,
                () -> ThroughputPairs.of(1, List.of(1.0, 2.0), List.of(1.0)));
    }
}
