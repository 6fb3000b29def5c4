package org.newspipeline.boilerplate;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a page's lines into the feature vectors of the learned line model ({@link LineModel}): the signals the
 * hand-set scorer reads (prose, word count, clutter cues, repeats, story and data lists, menu runs, comment
 * sections, the page's tail), the line's neighbourhood, in HTML mode the markup's cues, and the hand-set scorer's
 * verdict (whether the line lies in the region it finds, and its score per word). The names are
 * {@link LineModel#FEATURES}, in the same order. Stateless; linear in the number of lines.
 */
final class LineVectors {

    private static final int MENU_RUN = 4;
    private static final int LONG_PROSE_WORDS = 20;
    private static final int NEIGHBOURS = 2;

    private LineVectors() {
    }

    /**
     * @param lines a page's lines
     * @param hints the markup's hint for each line, null where there is none; an array of nulls in text mode
     * @param html  true if the lines are a page's text extracted from its HTML
     * @param handScores the hand-set scorer's score of each line, weighed as its region search reads it
     * @param handRegion the first and last line of the hand-set scorer's region ({@code {0, -1}}: none)
     * @return one vector per line, {@link LineModel#FEATURES} long
     */
    static double[][] of(List<Line> lines, BlockHint[] hints, boolean html, double[] handScores, int[] handRegion) {
        int n = lines.size();
        double[][] rows = new double[n][];
        boolean[] prose = new boolean[n];
        int firstLong = -1;
        int lastLong = -1;
        for (int i = 0; i < n; i++) {
            prose[i] = lines.get(i).isProse();
            if (prose[i] && lines.get(i).words() >= LONG_PROSE_WORDS) {
                lastLong = i;
                if (firstLong < 0) {
                    firstLong = i;
                }
            }
        }
        double[] story = new double[n];
        Arrays.fill(story, Double.MAX_VALUE);
        StoryLists.mark(lines, story);
        double[] data = new double[n];
        Arrays.fill(data, -Double.MAX_VALUE);
        DataLists.mark(lines, data);
        boolean[] menu = menuRuns(lines);
        boolean[] comments = new boolean[n];
        boolean[] counted = new boolean[n];
        commentSections(lines, comments, counted);
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            double logWords = Math.log1p(line.words());
            boolean p = prose[i];
            int near = 0;
            for (int k = Math.max(0, i - NEIGHBOURS); k <= Math.min(n - 1, i + NEIGHBOURS); k++) {
                if (k != i && prose[k]) {
                    near++;
                }
            }
            double position = n <= 1 ? 0 : (double) i / (n - 1);
            BlockHint hint = hints[i];
            double[] x = new double[LineModel.FEATURES.size()];
            int f = 0;
            x[f++] = 1;
            x[f++] = b(p);
            x[f++] = p ? logWords : 0;
            x[f++] = p ? 0 : logWords;
            x[f++] = Math.min(line.words(), 200) / 50.0;
            x[f++] = line.ideographic() ? 0 : line.stopWordRatio();
            x[f++] = b(line.endsSentence());
            x[f++] = Math.min(line.innerMarks(), 6) / 6.0;
            x[f++] = b(line.clutterCue());
            x[f++] = b(line.timestamp());
            x[f++] = b(line.notText() && !line.markupOnly());
            x[f++] = b(line.markupOnly());
            x[f++] = line.isKeywordRun() ? logWords : 0;
            x[f++] = b(line.repeated() && !p);
            x[f++] = b(line.repeated() && p);
            x[f++] = b(line.gluedTitle());
            x[f++] = b(line.datedReference());
            x[f++] = b(line.photoCredit());
            x[f++] = b(line.commentsHeading());
            x[f++] = b(!p && line.endsSentence() && line.words() >= 3);
            x[f++] = b(story[i] != Double.MAX_VALUE);
            x[f++] = b(data[i] != -Double.MAX_VALUE);
            x[f++] = b(menu[i]);
            x[f++] = b(comments[i]) * (1 + (p ? logWords : 0));
            x[f++] = b(counted[i]);
            x[f++] = b(n >= 20 && position >= 0.85) * (p ? logWords : 1);
            x[f++] = b(n >= 20 && position >= 0.75) * (p ? logWords : 1);
            x[f++] = position;
            x[f++] = near / (2.0 * NEIGHBOURS);
            x[f++] = b(i > 0 && prose[i - 1]);
            x[f++] = b(i + 1 < n && prose[i + 1]);
            x[f++] = b(firstLong >= 0 && i < firstLong);
            x[f++] = b(lastLong >= 0 && i > lastLong);
            x[f++] = b(firstLong < 0);
            // the markup's cues (HTML mode)
            x[f++] = b(html);
            x[f++] = b(hint != null && hint.inContent());
            x[f++] = hint != null && hint.inContent() ? logWords : 0;
            x[f++] = hint == null ? 0 : hint.linkDensity();
            x[f++] = hint != null && hint.linkDensity() >= 0.5 ? logWords : 0;
            x[f++] = b(hint != null && hint.named());
            x[f++] = b(hint != null && hint.layout());
            x[f++] = b(hint != null && hint.declared() > 0) * (1 + logWords);
            x[f++] = b(hint != null && hint.declared() < 0) * (1 + logWords);
            BlockMarkup markup = hint == null ? BlockMarkup.NONE : hint.markup();
            x[f++] = markup.emphasis();
            x[f++] = b(markup.heading());
            x[f++] = b(markup.listItem());
            x[f++] = b(markup.mainContainer());
            // the hand-set scorer's verdict
            boolean inHand = i >= handRegion[0] && i <= handRegion[1];
            x[f++] = b(inHand);
            x[f++] = b(inHand) * logWords;
            x[f++] = Math.max(-3, Math.min(3, handScores[i] / Math.max(1, line.words())));
            rows[i] = x;
        }
        return rows;
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }

    /** Lines in a run of at least {@link #MENU_RUN} short non-prose lines: a menu, a link list, a run of titles. */
    private static boolean[] menuRuns(List<Line> lines) {
        boolean[] menu = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isProse()) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && !lines.get(end).isProse()) {
                end++;
            }
            if (end - i >= MENU_RUN) {
                Arrays.fill(menu, i, end, true);
            }
            i = end;
        }
        return menu;
    }

    /**
     * Marks the lines after a comment-section heading that follows some prose ({@code comments}), and those from a
     * heading that counts the comments on ({@code counted}).
     */
    private static void commentSections(List<Line> lines, boolean[] comments, boolean[] counted) {
        int proseWords = 0;
        boolean in = false;
        boolean isCounted = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.commentsHeading() && proseWords >= BoilerplateRemover.COMMENTS_AFTER_WORDS) {
                in = true;
            }
            if (line.countedComments() && proseWords >= BoilerplateRemover.COUNTED_COMMENTS_AFTER_WORDS) {
                isCounted = true;
            }
            comments[i] = in;
            counted[i] = isCounted;
            if (line.isProse()) {
                proseWords += line.words();
            }
        }
    }
}
