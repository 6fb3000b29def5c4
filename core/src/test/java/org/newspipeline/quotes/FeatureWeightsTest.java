package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tagger's table of weights by feature fingerprint. */
class FeatureWeightsTest {

    private static FeatureWeights table(int features) {
        FeatureWeights.Builder b = new FeatureWeights.Builder(2);
        for (int i = 0; i < features; i++) {
            b.add("w=word" + i, new float[] {i, -i});
        }
        return b.build();
    }

    @Test
    void everyFeatureIsFoundWithItsOwnWeightsAndNoOtherIs() {
        FeatureWeights t = table(5000);
        assertEquals(5000, t.size());
        for (int i = 0; i < 5000; i += 7) {
            assertArrayEquals(new float[] {i, -i}, t.get("w=word" + i));
        }
        assertNull(t.get("w=word5000"));
        assertNull(t.get(""));
    }

    @Test
    void weightsAddUpOverAToken() {
        FeatureWeights t = table(10);
        float[] sum = new float[2];
        for (String f : new String[] {"w=word2", "w=word3", "unknown"}) {
            t.addTo(FeatureWeights.fingerprint(f), sum);
        }
        assertArrayEquals(new float[] {5, -5}, sum);
    }

    @Test
    void aNameAddedAgainReplacesItsWeights() {
        FeatureWeights t = new FeatureWeights.Builder(2).add("b", new float[] {1, 1}).add("a", new float[] {2, 2})
                .add("b", new float[] {3, 3}).build();
        assertEquals(2, t.size());
        assertArrayEquals(new float[] {3, 3}, t.get("b"));
        assertEquals(List.of("a", "b"), t.namesInOrder());
    }

    @Test
    void weightsOfTheWrongWidthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureWeights.Builder(2).add("a", new float[3]));
    }

    @Test
    void anEmptyTableFindsNothing() {
        FeatureWeights t = new FeatureWeights.Builder(3).build();
        assertEquals(0, t.size());
        assertNull(t.get("a"));
    }
}
