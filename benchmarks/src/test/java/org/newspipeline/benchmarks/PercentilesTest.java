package org.newspipeline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void medianOfAnOddSampleIsTheMiddleValueWhateverTheOrder() {
        assertEquals(3.0, Percentiles.of(List.of(5.0, 1.0, 3.0, 4.0, 2.0), 50));
    }

    @Test
    void medianOfAnEvenSampleIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(2.5, Percentiles.of(List.of(4.0, 1.0, 3.0, 2.0), 50));
    }

    @Test
    void p90InterpolatesBetweenTheClosestRanks() {
        // 11 values 0..100: rank 0.9 * 10 = 9 exactly -> 90; 10 values 1..10: rank 8.1 -> 9 + 0.1 * (10 - 9)
        List<Double> elevenSteps = List.of(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);
        assertEquals(90.0, Percentiles.of(elevenSteps, 90), 1e-9);
        List<Double> oneToTen = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertEquals(9.1, Percentiles.of(oneToTen, 90), 1e-9);
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        assertEquals(7.0, Percentiles.of(List.of(7.0), 90));
    }

    @Test
    void anEmptySampleOrABadPercentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of(), 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(List.of(1.0), 101));
    }
}
