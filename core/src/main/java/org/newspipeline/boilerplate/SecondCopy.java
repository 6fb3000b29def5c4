package org.newspipeline.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the second copy of an article pasted twice into one text: every line of prose appears exactly twice, and
 * the second half of the prose lines repeats the first half in the same order. Without this, every line of such a
 * text reads as a repeated line (page furniture) and the body comes out empty. Stateless.
 */
final class SecondCopy {

    /** The fewest prose lines each copy must have: one repeated sentence is not a repeated article. */
    static final int MIN_PROSE_LINES = 2;

    private SecondCopy() {
    }

    /**
     * @param lines a text's lines
     * @return the index of the first line of the second copy, or -1 when the text is not an article pasted twice
     */
    static int start(List<Line> lines) {
        List<Integer> prose = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isProse()) {
                prose.add(i);
                counts.merge(key(lines.get(i)), 1, Integer::sum);
            }
        }
        int half = prose.size() / 2;
        if (half < MIN_PROSE_LINES || prose.size() % 2 != 0 || counts.values().stream().anyMatch(c -> c != 2)) {
            return -1;
        }
        for (int k = 0; k < half; k++) {
            if (!key(lines.get(prose.get(k))).equals(key(lines.get(prose.get(k + half))))) {
                return -1;
            }
        }
        // The second copy starts at the first line after the first copy's prose that repeats a line before it
        // (its headline, say); lines that appear once stay with the first copy.
        Set<String> seen = new HashSet<>();
        int lastOfFirst = prose.get(half - 1);
        for (int i = 0; i <= lastOfFirst; i++) {
            seen.add(key(lines.get(i)));
        }
        for (int i = lastOfFirst + 1; i < prose.get(half); i++) {
            if (seen.contains(key(lines.get(i)))) {
                return i;
            }
            seen.add(key(lines.get(i)));
        }
        return prose.get(half);
    }

    /**
     * @param lines a text's lines
     * @param end   where the part ends
     * @return the lines before {@code end}, each marked repeated only when it has another copy before {@code end}
     */
    static List<Line> firstPart(List<Line> lines, int end) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < end; i++) {
            counts.merge(key(lines.get(i)), 1, Integer::sum);
        }
        List<Line> part = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            Line line = lines.get(i);
            part.add(line.repeated() && counts.get(key(line)) < 2 ? line.withRepeated(false) : line);
        }
        return part;
    }

    private static String key(Line line) {
        return line.text().strip().toLowerCase(Locale.ROOT);
    }
}
