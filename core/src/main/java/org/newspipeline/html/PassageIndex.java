package org.newspipeline.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells whether a passage occurs in a long text, in time proportional to the passage, not to the text: the text's
 * word starts are indexed once by the {@value #KEY_CHARS} characters that follow them, and a passage is looked for
 * only where its own first characters stand, at most {@value #MAX_POSITIONS} places per key.
 *
 * <p>A passage shorter than the key, or one whose key stands in more than {@value #MAX_POSITIONS} places before
 * its match, is reported as unknown rather than searched: the caller treats that as no evidence. Built per page;
 * immutable after construction.
 */
final class PassageIndex {

    static final int KEY_CHARS = 16;
    static final int MAX_POSITIONS = 16;

    private final String text;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    /** What a look-up found. */
    enum Found { YES, NO, UNKNOWN }

    /** @param text the text to search, already normalised as the passages will be */
    PassageIndex(String text) {
        this.text = text;
        for (int p = 0; p + KEY_CHARS <= text.length(); p++) {
            if (isWordStart(text, p)) {
                List<Integer> at = positions.computeIfAbsent(text.substring(p, p + KEY_CHARS), k -> new ArrayList<>(1));
                if (at.size() < MAX_POSITIONS) {
                    at.add(p);
                }
            }
        }
    }

    /**
     * @param passage a passage, normalised as the text
     * @return whether it occurs in the text, or {@link Found#UNKNOWN} when the index cannot tell
     */
    Found find(String passage) {
        int first = 0;
        while (first < passage.length() && !Character.isLetterOrDigit(passage.charAt(first))) {
            first++;
        }
        if (passage.length() - first < KEY_CHARS) {
            return Found.UNKNOWN;
        }
        List<Integer> at = positions.get(passage.substring(first, first + KEY_CHARS));
        if (at == null) {
            return Found.NO;
        }
        for (int p : at) {
            int start = p - first;
            if (start >= 0 && text.regionMatches(start, passage, 0, passage.length())) {
                return Found.YES;
            }
        }
        return at.size() < MAX_POSITIONS ? Found.NO : Found.UNKNOWN;
    }

    /** A letter or digit after anything else, or at the start. */
    private static boolean isWordStart(String text, int p) {
        return Character.isLetterOrDigit(text.charAt(p)) && (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)));
    }
}
