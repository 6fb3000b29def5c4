package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;

class DataListsTest {

    private final LineFeatures features = new LineFeatures(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    private double[] marked(String text) {
        List<Line> lines = features.lines(text);
        double[] scores = new double[lines.size()];
        java.util.Arrays.fill(scores, LineScorer.SHORT_LINE_SCORE);
        DataLists.mark(lines, scores);
        return scores;
    }

    @Test
    void rowsOfDatesAndPlacesAreData() {
        double[] scores = marked(String.join("\n", "June 9 -- Harbour Arena, Port Ellis, ME",
                "June 10 -- Lakeside Hall, Brookfield, WI", "June 14 -- Pine Ridge Amphitheatre, Ashford, KY",
                "June 17 -- Civic Dome, Millbrook, OR"));
        for (double score : scores) {
            assertTrue(score > 0);
        }
    }

    @Test
    void aMenuAndAShortRunOfRowsAreNotData() {
        double[] menu = marked(String.join("\n", "Home", "News", "Sport", "Weather", "Travel"));
        double[] short3 = marked(String.join("\n", "Round 1: 10 March – Riverside Park",
                "Round 2: 8 April – Hillcrest", "Round 3: 22 April – Old Mill Track"));
        for (double score : menu) {
            assertEquals(LineScorer.SHORT_LINE_SCORE, score);
        }
        for (double score : short3) {
            assertEquals(LineScorer.SHORT_LINE_SCORE, score);
        }
    }

    @Test
    void aRowNeedsANumberAndASeparator() {
        assertTrue(DataLists.isRow(features.lines("Round 12: 9 December – Riverside Park").get(0)));
        assertFalse(DataLists.isRow(features.lines("Schedule - Club Racing").get(0)));
        assertFalse(DataLists.isRow(features.lines("Top 10 stories of the week").get(0)));
    }
}
