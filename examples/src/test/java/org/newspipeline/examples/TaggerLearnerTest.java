package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newspipeline.quotes.TaggerModel;

class TaggerLearnerTest {

    private static final int O = TaggerModel.OUTSIDE;
    private static final int UNIT = TaggerModel.UNIT_CONTENT;

    /** Feature 0 marks a token outside, feature 1 a token of content; feature 2 is on every token. */
    private static final int[][] FEATURES = {{0, 2}, {1, 2}, {0, 2}, {1, 2}};
    private static final int[] GOLD = {O, UNIT, O, UNIT};

    @Test
    void oneUpdateMakesTheGoldOutscoreTheWrongLabelsByTheirNumberOfWrongTokens() {
        TaggerLearner learner = new TaggerLearner(3);
        learner.learn(FEATURES, GOLD);
        int[][] features = {{0, 1, 2}, {1, 2}, {1}};
        int[] gold = {UNIT, O, UNIT};
        int[] predicted = learner.decode(features);
        int wrong = 0;
        for (int t = 0; t < gold.length; t++) {
            wrong += predicted[t] != gold[t] ? 1 : 0;
        }
        assertTrue(wrong > 0, "the test needs a paragraph the learner gets wrong");
        assertEquals(wrong, learner.learn(features, gold));
        assertEquals(wrong, learner.score(features, gold) - learner.score(features, predicted), 1e-4);
    }

    @Test
    void aParagraphLabelledRightLeavesTheWeightsAsTheyAre() {
        TaggerLearner learner = new TaggerLearner(3);
        for (int epoch = 0; epoch < 3; epoch++) {
            learner.learn(FEATURES, GOLD);
        }
        assertArrayEquals(GOLD, learner.decode(FEATURES));
        float[] before = learner.weights().clone();
        assertEquals(0, learner.learn(FEATURES, GOLD));
        assertArrayEquals(before, learner.weights());
    }

    @Test
    void theAveragedWeightsLabelWhatTheyWereFittedOn() {
        TaggerLearner learner = new TaggerLearner(3);
        int[][] other = {{1, 2}, {0, 2}, {0, 2}};
        int[] otherGold = {UNIT, O, O};
        for (int epoch = 0; epoch < 5; epoch++) {
            learner.learn(FEATURES, GOLD);
            learner.learn(other, otherGold);
        }
        TaggerLearner fitted = TaggerLearner.frozen(learner.averaged(), learner.averagedTransitions());
        assertArrayEquals(GOLD, fitted.decode(FEATURES));
        assertArrayEquals(otherGold, fitted.decode(other));
    }
}
