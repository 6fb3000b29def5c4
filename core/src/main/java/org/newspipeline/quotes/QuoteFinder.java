package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.MarkupTags;

/**
 * Finds quoted stretches in the body paragraphs.
 *
 * <ul>
 *   <li>Double marks: straight {@code "} and curly {@code “ ”}, in any mix. Whether a mark opens or closes is read
 *       from its neighbours (a blank or an opening bracket before and a letter after opens; a letter before and a
 *       blank or punctuation after closes), and from its shape only when they leave it open.</li>
 *   <li>Other languages' double marks: the low mark {@code „} always opens, closed by {@code “} (German) or
 *       {@code ”} (Polish, Hungarian) as read above; guillemets {@code « »} open and close by their shape, blanks
 *       inside or not (French {@code « oui »}), and so does the reversed pair {@code » «} (German
 *       {@code »ja«}) when a {@code »} opens by its neighbours outside any quote.</li>
 *   <li>Single guillemets {@code ‹ ›} count only outside double quotes and as a pair in one paragraph, like curly
 *       single marks; a lone one (a breadcrumb arrow) is nothing.</li>
 *   <li>TeX-style marks: {@code ``} opens a double quote and {@code ''} closes one that {@code ``} opened; any
 *       other {@code ''} (two primes, two apostrophes) closes nothing.</li>
 *   <li>A quote inside a quote belongs to the outer one. A closing mark outside any quote (an inch mark, a typo)
 *       is ignored, and so are marks inside markup tags.</li>
 *   <li>A quote never crosses a paragraph break: one still open at the end of a paragraph runs to its end, and
 *       when the next paragraph opens with a mark the two belong to one chain (news style).</li>
 *   <li>Curly single marks {@code ‘ ’} count only outside double quotes and as a clear pair; an apostrophe never
 *       opens a quote. In a text that quotes in single marks it is the other way round: a double-marked stretch
 *       inside a single-marked quote ({@code ‘It is “unacceptable”,’ she said}) belongs to it. Straight single
 *       marks ({@code 'Not now,' she said}, as British and Australian papers write) count the same way, in a text
 *       that has more such pairs than double quotes (a text quoting in double marks uses single ones for titles and
 *       slogans; except a headline's quote, a pair that opens its paragraph before a colon), and when the pair holds
 *       two words or more, so that a clipped word ({@code rock 'n' roll}) is no quote.</li>
 *   <li>A stretch without a letter or digit is no quote.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteFinder {

    private static final String DOUBLE_MARKS = "\"\u201c\u201d";
    private static final char SINGLE_OPEN = '\u2018';
    private static final char SINGLE_CLOSE = '\u2019';
    private static final char STRAIGHT_SINGLE = '\'';
    private static final char LOW_OPEN = '\u201e';
    private static final char GUILLEMET_LEFT = '\u00ab';
    private static final char GUILLEMET_RIGHT = '\u00bb';
    private static final char SINGLE_GUILLEMET_OPEN = '\u2039';
    private static final char SINGLE_GUILLEMET_CLOSE = '\u203a';
    private static final String STRIP = "\"'`\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a";
    private static final String OPEN_PUNCT = "([{<\u2014\u2013-/\u2018\u201c\"'";
    private static final String CLOSE_PUNCT = ".,;:!?)]}>\u2014\u2013-/\u2026\u2019\u201d\"'";

    List<QuoteSegment> find(String text, List<Paragraph> paragraphs) {
        List<List<int[]>> perParagraph = new ArrayList<>(paragraphs.size());
        List<boolean[]> masks = new ArrayList<>(paragraphs.size());
        int doubleQuotes = 0;
        int singles = 0;
        for (Paragraph p : paragraphs) {
            String line = p.span().of(text);
            boolean[] masked = MarkupTags.mask(line);
            masks.add(masked);
            List<int[]> doubles = doubleSegments(line, masked);
            List<int[]> pieces = new ArrayList<>(doubles);
            int gapStart = 0;
            for (int[] d : doubles) {
                pieces.addAll(singleSegments(line, gapStart, d[0], masked));
                gapStart = d[1] + 1;
            }
            pieces.addAll(singleSegments(line, gapStart, line.length(), masked));
            perParagraph.add(pieces);
            doubleQuotes += doubles.size() + doubledPrimes(line);
            singles += (int) pieces.stream().filter(s -> isSingleMark(line.charAt(s[0]))).count();
        }
        boolean singleStyle = singles > doubleQuotes;
        List<QuoteSegment> out = new ArrayList<>();
        int chain = 0;
        boolean previousOpen = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String line = p.span().of(text);
            int base = p.span().start();
            List<int[]> pieces = singleStyle ? singlesFirst(line, masks.get(i)) : new ArrayList<>(perParagraph.get(i));
            if (!singleStyle) {
                pieces.removeIf(s -> line.charAt(s[0]) == STRAIGHT_SINGLE && !opensAHeadline(line, s));
            }
            // a single-marked quote left open at the end of a paragraph goes on in the next only when that one opens
            // with the same mark, in a text that quotes in single marks
            char nextOpens = i + 1 < paragraphs.size() ? firstMark(paragraphs.get(i + 1).span().of(text)) : 0;
            pieces.removeIf(s -> isSingleMark(line.charAt(s[0])) && s[1] >= line.length()
                    && !(singleStyle && nextOpens == line.charAt(s[0])));
            pieces.sort((a, b) -> Integer.compare(a[0], b[0]));
            boolean first = true;
            boolean open = false;
            for (int[] piece : pieces) {
                Span content = strip(text, base + piece[0] + 1, base + Math.min(piece[1], line.length()));
                if (content.isEmpty() || content.of(text).codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                boolean closed = piece[1] < line.length();
                boolean continues = first && previousOpen && piece[0] == 0;
                if (!continues) {
                    chain++;
                }
                Span outer = new Span(base + piece[0], base + Math.min(piece[1] + 1, line.length()));
                out.add(new QuoteSegment(content, outer, p.index(), closed, chain));
                first = false;
                open = !closed;
            }
            previousOpen = open;
        }
        return out;
    }

    /**
     * Whether a straight single-marked stretch opens its paragraph and a colon follows it ({@code 'We were lucky':
     * a village after the flood}): a headline's quote, which papers that quote in double marks in the text write in
     * single ones.
     */
    private static boolean opensAHeadline(String line, int[] piece) {
        return piece[0] == 0 && piece[1] + 1 < line.length() && line.charAt(piece[1] + 1) == ':';
    }

    /**
     * The quoted stretches of a line in a text that quotes in single marks: the single-marked pairs first, then the
     * double-marked stretches outside them, so that a quote inside a quote ({@code ‘... is “unprecedented” ...’})
     * belongs to the outer one as it does the other way round; a single-marked pair inside a double-marked stretch
     * belongs to that.
     */
    private static List<int[]> singlesFirst(String line, boolean[] masked) {
        List<int[]> singles = singleSegments(line, 0, line.length(), masked);
        boolean[] outside = masked.clone();
        for (int[] s : singles) {
            Arrays.fill(outside, s[0], Math.min(s[1] + 1, line.length()), true);
        }
        List<int[]> doubles = doubleSegments(line, outside);
        List<int[]> pieces = new ArrayList<>(doubles);
        // a single-marked pair inside a double-marked quote ("... ‘unprecedented’ ...") is part of it
        singles.stream().filter(s -> doubles.stream().noneMatch(d -> d[0] < s[0] && s[1] <= d[1]))
                .forEach(pieces::add);
        return pieces;
    }

    /**
     * Top-level double-quoted stretches of a line: {open mark, last char of the close mark or line length}. A TeX
     * mark ({@code ``} or {@code ''}) is two chars long.
     */
    private static List<int[]> doubleSegments(String line, boolean[] masked) {
        List<int[]> segments = new ArrayList<>();
        int depth = 0;
        int open = -1;
        int texDepth = 0;
        boolean reversedGuillemets = false;
        for (int i = 0; i < line.length(); i++) {
            if (masked[i]) {
                continue;
            }
            char c = line.charAt(i);
            if (c == LOW_OPEN || c == GUILLEMET_LEFT || c == GUILLEMET_RIGHT) {
                boolean opens;
                if (c == LOW_OPEN) {
                    opens = true;
                } else if (depth == 0) {
                    reversedGuillemets = c == GUILLEMET_RIGHT && direction(line, i) == Direction.OPEN;
                    opens = c == GUILLEMET_LEFT || reversedGuillemets;
                } else {
                    opens = (c == GUILLEMET_LEFT) != reversedGuillemets;
                }
                if (opens) {
                    if (depth++ == 0) {
                        open = i;
                    }
                } else if (depth > 0 && --depth == 0) {
                    segments.add(new int[] {open, i});
                    texDepth = 0;
                }
                continue;
            }
            if (isPair(line, i, '`')) {
                if (depth++ == 0) {
                    open = i;
                }
                texDepth++;
                i++;
                continue;
            }
            if (isPair(line, i, '\'') && texDepth > 0) {
                texDepth--;
                if (--depth == 0) {
                    segments.add(new int[] {open, i + 1});
                }
                i++;
                continue;
            }
            if (DOUBLE_MARKS.indexOf(line.charAt(i)) < 0) {
                continue;
            }
            Direction d = direction(line, i);
            if (d == Direction.OPEN || (d == Direction.EITHER && depth == 0)) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (depth > 0 && --depth == 0) {
                segments.add(new int[] {open, i});
                texDepth = 0;
            }
        }
        if (depth > 0) {
            segments.add(new int[] {open, line.length()});
        }
        return segments;
    }

    /** @return true if {@code line} holds the same mark twice at {@code i}, as TeX writes {@code ``} and {@code ''} */
    private static boolean isPair(String line, int i, char mark) {
        return line.charAt(i) == mark && i + 1 < line.length() && line.charAt(i + 1) == mark;
    }

    private enum Direction { OPEN, CLOSE, EITHER }

    private static Direction direction(String line, int i) {
        char prev = i > 0 ? line.charAt(i - 1) : 0;
        char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
        boolean opener = (prev == 0 || Character.isWhitespace(prev) || OPEN_PUNCT.indexOf(prev) >= 0)
                && next != 0 && !Character.isWhitespace(next);
        boolean closer = prev != 0 && !Character.isWhitespace(prev)
                && (next == 0 || Character.isWhitespace(next) || CLOSE_PUNCT.indexOf(next) >= 0);
        if (opener && !closer) {
            return Direction.OPEN;
        }
        if (closer && !opener) {
            return Direction.CLOSE;
        }
        return switch (line.charAt(i)) {
            case '\u201c' -> Direction.OPEN;
            case '\u201d' -> Direction.CLOSE;
            default -> Direction.EITHER;
        };
    }

    /**
     * Clear ‘...’, '...' and ‹...› pairs in line[lo, hi): {open mark, close mark}; and a single mark that opens the
     * paragraph's quote and is never closed: {open mark, line length}.
     */
    private static List<int[]> singleSegments(String line, int lo, int hi, boolean[] masked) {
        List<int[]> segments = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            if (masked[i]) {
                continue;
            }
            if (line.charAt(i) == SINGLE_GUILLEMET_OPEN) {
                int close = singleGuillemetClose(line, i, hi, masked);
                if (close >= 0) {
                    segments.add(new int[] {i, close});
                    i = close;
                }
                continue;
            }
            char mark = line.charAt(i);
            if ((mark != SINGLE_OPEN && mark != STRAIGHT_SINGLE) || !opensSingle(line, i, hi)) {
                continue;
            }
            char closeMark = mark == SINGLE_OPEN ? SINGLE_CLOSE : STRAIGHT_SINGLE;
            int strong = -1;
            int weak = -1;
            boolean reopened = false;
            for (int j = i + 2; j < hi; j++) {
                char c = line.charAt(j);
                if (c == SINGLE_OPEN || (mark == STRAIGHT_SINGLE && c == STRAIGHT_SINGLE && opensSingle(line, j, hi))) {
                    reopened = true;
                    break;
                }
                char after = j + 1 < line.length() ? line.charAt(j + 1) : 0;
                if (c == closeMark && !Character.isWhitespace(line.charAt(j - 1)) && !doubledStraight(line, j)
                        && (after == 0 || Character.isWhitespace(after) || CLOSE_PUNCT.indexOf(after) >= 0)) {
                    if ("sSnN".indexOf(line.charAt(j - 1)) >= 0 && after != 0 && Character.isWhitespace(after)) {
                        weak = weak < 0 ? j : weak;
                    } else {
                        strong = j;
                        break;
                    }
                }
            }
            int close = strong >= 0 ? strong : weak;
            if (close >= 0 && (mark == SINGLE_OPEN || line.substring(i + 1, close).strip().contains(" "))) {
                segments.add(new int[] {i, close});
                i = close;
            } else if (close < 0 && !reopened && hi == line.length() && opensQuoteOfParagraph(line, i)) {
                // open to the end of the paragraph: kept only if the next paragraph goes on with it (see find)
                segments.add(new int[] {i, line.length()});
                break;
            }
        }
        return segments;
    }

    private static boolean isSingleMark(char c) {
        return c == SINGLE_OPEN || c == STRAIGHT_SINGLE;
    }

    /**
     * Whether the mark at {@code i} opens the paragraph, follows a colon ("He said: 'We ...") or opens a sentence
     * ("'We tried,' he said. 'Then the ...").
     */
    private static boolean opensQuoteOfParagraph(String line, int i) {
        String before = line.substring(0, i).strip();
        return before.isEmpty() || before.endsWith(":") || before.endsWith(".") || before.endsWith("!")
                || before.endsWith("?");
    }

    /** The paragraph's first character past blanks, or 0. */
    private static char firstMark(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() ? 0 : stripped.charAt(0);
    }

    /**
     * Whether the single mark at {@code i} can open a quote: after a blank or an opening mark, before a letter, and
     * not one of two straight marks side by side (TeX's closing {@code ''}, read only as {@link #doubleSegments} does).
     */
    private static boolean opensSingle(String line, int i, int hi) {
        char prev = i > 0 ? line.charAt(i - 1) : 0;
        char next = i + 1 < hi ? line.charAt(i + 1) : 0;
        return (prev == 0 || Character.isWhitespace(prev) || OPEN_PUNCT.indexOf(prev) >= 0)
                && next != 0 && Character.isLetterOrDigit(next) && !doubledStraight(line, i);
    }

    /** How many times two straight single marks stand side by side in a line (TeX's or a transcript's quote). */
    private static int doubledPrimes(String line) {
        int n = 0;
        for (int i = line.indexOf("''"); i >= 0; i = line.indexOf("''", i + 2)) {
            n++;
        }
        return n;
    }

    /** Whether the mark at {@code i} is a straight single mark beside another. */
    private static boolean doubledStraight(String line, int i) {
        return line.charAt(i) == STRAIGHT_SINGLE && (i > 0 && line.charAt(i - 1) == STRAIGHT_SINGLE
                || i + 1 < line.length() && line.charAt(i + 1) == STRAIGHT_SINGLE);
    }

    /** @return the {@code ›} that closes the {@code ‹} at {@code open} before {@code hi}, or -1 when none does */
    private static int singleGuillemetClose(String line, int open, int hi, boolean[] masked) {
        for (int j = open + 1; j < hi; j++) {
            if (masked[j]) {
                continue;
            }
            if (line.charAt(j) == SINGLE_GUILLEMET_OPEN) {
                return -1;
            }
            if (line.charAt(j) == SINGLE_GUILLEMET_CLOSE) {
                return j;
            }
        }
        return -1;
    }

    private static Span strip(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || STRIP.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || STRIP.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Span(start, end);
    }
}
