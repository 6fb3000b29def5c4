package org.newspipeline.boilerplate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the copies of each repeated short line of a page stand. A share bar, a newsletter box or a section label
 * that appears both inside the article region and outside it (a second menu, the footer) is furniture; a label
 * repeated only inside the article (the steps of a recipe, a source after each quoted review) belongs to it.
 * Immutable; built in one pass over the lines.
 */
final class RepeatedLines {

    private final int[] firstCopy;
    private final int[] lastCopy;

    private RepeatedLines(int[] firstCopy, int[] lastCopy) {
        this.firstCopy = firstCopy;
        this.lastCopy = lastCopy;
    }

    /**
     * @param lines a page's lines
     * @return the positions of the first and last copy of every repeated line that is not prose
     */
    static RepeatedLines of(List<Line> lines) {
        int n = lines.size();
        int[] firstCopy = new int[n];
        int[] lastCopy = new int[n];
        Map<String, int[]> range = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (line.repeated() && !line.isProse()) {
                int index = i;
                range.compute(key(line), (k, r) -> r == null ? new int[] {index, index} : new int[] {r[0], index});
            }
        }
        for (int i = 0; i < n; i++) {
            int[] r = lines.get(i).repeated() && !lines.get(i).isProse() ? range.get(key(lines.get(i))) : null;
            firstCopy[i] = r == null ? i : r[0];
            lastCopy[i] = r == null ? i : r[1];
        }
        return new RepeatedLines(firstCopy, lastCopy);
    }

    /**
     * @param index a line
     * @param first the first line of the article region
     * @param last  its last line
     * @return true if the line is a repeated non-prose line with a copy outside {@code [first, last]}
     */
    boolean copiedOutside(int index, int first, int last) {
        return firstCopy[index] < first || lastCopy[index] > last;
    }

    private static String key(Line line) {
        return line.text().strip().toLowerCase(Locale.ROOT);
    }
}
