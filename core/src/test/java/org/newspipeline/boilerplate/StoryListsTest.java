package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;

class StoryListsTest {

    private final LineFeatures features = new LineFeatures(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    private double[] scores(List<Line> lines) {
        double[] scores = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            scores[i] = new LineScorer().score(lines.get(i), i, lines.size(), false);
        }
        StoryLists.mark(lines, scores);
        return scores;
    }

    @Test
    void summariesOfCardsWithAKickerATitleAndASourceScoreAsListLines() {
        List<Line> lines = features.lines(String.join("\n",
                "REINDEER GAMES", "Why Don't You Go Fight For The Reindeer?", "12 diggs example.org Long Reads",
                "Herders have kept reindeer on this land for generations. Then the miners arrived and it all changed.",
                "LOVE IS LOVE", "What Being Asexual Tells Us About Romance", "example.com Life",
                "What is it like to feel love and share intimacy yet feel no attraction to the person you are with?",
                "A NATIONAL TRAGEDY", "Koala Rescued From A Bushfire", "Animals Nature",
                "Dozens of bushfires are spreading across the country, and the koalas are in the way of the fires."));
        double[] scores = scores(lines);
        for (int i : new int[] {3, 7, 11}) {
            assertTrue(lines.get(i).isProse());
            assertEquals(LineScorer.SHORT_LINE_SCORE, scores[i]);
        }
    }

    @Test
    void theQuestionsAndAnswersOfAnInterviewAreNoCards() {
        List<Line> lines = features.lines(String.join("\n",
                "Ferry chief sets out her plans",
                "The new head of the ferry line spoke to our reporter on Monday about timetables and fares.",
                "Lie: What comes first?",
                "Moberg: The timetable. Our boats leave too early for people who work late in town.",
                "Lie: Will fares rise?",
                "Moberg: Not this year. We will look at them again in the spring."));
        double[] scores = scores(lines);
        for (int i : new int[] {3, 5}) {
            assertTrue(lines.get(i).isProse());
            assertTrue(scores[i] > 0, lines.get(i).text());
        }
    }

    @Test
    void twoCardsAreNotYetAList() {
        List<Line> lines = features.lines(String.join("\n",
                "Council Votes", "Bridge Plan",
                "The city council voted on Monday to rebuild the old bridge over the river after a long debate.",
                "What Comes Next",
                "Engineers said the work would take two years and would start as soon as the money was found."));
        double[] scores = scores(lines);
        assertTrue(scores[2] > 0);
        assertTrue(scores[4] > 0);
    }

    @Test
    void embeddedTagsBetweenShortParagraphsAreNoCards() {
        List<Line> lines = features.lines(String.join("\n",
                "Trump Makes Announcement Ahead Of Speech",
                "The candidate will follow the speech on Tuesday with a speech of his own on Wednesday morning.",
                "<tweet tweet-id=\"1\"><tweet/>.",
                "His tweet in the morning followed another one that attacked his rival.",
                "<tweet tweet-id=\"2\"><tweet/>.",
                "His campaign said the speech at the hotel in New York would be about the election."));
        double[] scores = scores(lines);
        assertTrue(scores[1] > 0);
        assertTrue(scores[3] > 0);
        assertTrue(scores[5] > 0);
    }
}
