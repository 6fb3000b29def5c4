package org.newspipeline.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Matches predicted attribution contents to annotated ones as the shared attribution scorer does: each fragment is
 * shrunk past white space, quotation marks and {@code . , ; :} at both ends, a content is the set of characters of
 * its fragments, and a prediction matches an annotation when the two sets share at least half of the larger one.
 * Matching is one to one, the largest overlap first (ties: the pair closer in size). Stateless.
 */
final class ContentMatch {

    private static final String TRIMMED = "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
            + "\u2039\u203a.,;:";

    private ContentMatch() {
    }

    /**
     * @param text      the article's text
     * @param predicted each prediction's content fragments, {@code {start, end}}
     * @param gold      each annotation's content fragments
     * @return per prediction, the index of the annotation it matches, or -1
     */
    static int[] match(String text, List<List<int[]>> predicted, List<List<int[]>> gold) {
        List<BitSet> p = predicted.stream().map(f -> chars(text, f)).toList();
        List<BitSet> g = gold.stream().map(f -> chars(text, f)).toList();
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < g.size(); j++) {
                BitSet both = (BitSet) p.get(i).clone();
                both.and(g.get(j));
                int shared = both.cardinality();
                int larger = Math.max(p.get(i).cardinality(), g.get(j).cardinality());
                if (shared > 0 && 2 * shared >= larger) {
                    pairs.add(new int[] {i, j, shared, Math.abs(p.get(i).cardinality() - g.get(j).cardinality())});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(a -> -a[2]).thenComparingInt(a -> a[3]));
        int[] out = new int[p.size()];
        Arrays.fill(out, -1);
        boolean[] taken = new boolean[g.size()];
        for (int[] pair : pairs) {
            if (out[pair[0]] < 0 && !taken[pair[1]]) {
                out[pair[0]] = pair[1];
                taken[pair[1]] = true;
            }
        }
        return out;
    }

    /** The characters of the fragments, each shrunk past blanks, quotation marks and stops at both ends. */
    static BitSet chars(String text, List<int[]> fragments) {
        BitSet set = new BitSet();
        for (int[] f : fragments) {
            int b = Math.max(0, f[0]);
            int e = Math.min(text.length(), f[1]);
            while (b < e && trimmed(text.charAt(b))) {
                b++;
            }
            while (e > b && trimmed(text.charAt(e - 1))) {
                e--;
            }
            set.set(b, e);
        }
        return set;
    }

    private static boolean trimmed(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || TRIMMED.indexOf(c) >= 0;
    }
}
