package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Contents match when they share at least half of the larger, one to one, the largest overlap first. */
class ContentMatchTest {

    private static final String TEXT = "The mayor said \"the bridge will reopen in May,\" and the council agreed.";

    private static List<int[]> span(String words) {
        int start = TEXT.indexOf(words);
        return List.of(new int[] {start, start + words.length()});
    }

    @Test
    void quotationMarksAndStopsAtTheEndsDoNotCount() {
        int[] m = ContentMatch.match(TEXT, List.of(span("\"the bridge will reopen in May,\"")),
                List.of(span("the bridge will reopen in May")));
        assertArrayEquals(new int[] {0}, m);
    }

    @Test
    void lessThanHalfOfTheLargerIsNoMatch() {
        // "the bridge" is 10 of the 28 characters of the annotated content
        int[] m = ContentMatch.match(TEXT, List.of(span("the bridge")), List.of(span("the bridge will reopen in May")));
        assertArrayEquals(new int[] {-1}, m);
        int[] half = ContentMatch.match(TEXT, List.of(span("the bridge will reopen")),
                List.of(span("the bridge will reopen in May")));
        assertArrayEquals(new int[] {0}, half);
    }

    @Test
    void eachAnnotationMatchesOnePredictionTheLargestOverlapFirst() {
        int[] m = ContentMatch.match(TEXT, List.of(span("the bridge will reopen"),
                span("the bridge will reopen in May")), List.of(span("the bridge will reopen in May")));
        assertArrayEquals(new int[] {-1, 0}, m);
    }
}
