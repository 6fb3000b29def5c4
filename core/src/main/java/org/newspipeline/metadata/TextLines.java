package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The non-blank lines of a text around an offset, stripped and with whitespace collapsed. Stateless. */
final class TextLines {

    private TextLines() {
    }

    /**
     * The non-blank lines around an offset: the last ones before it, then the first ones from it.
     *
     * @param lines     the lines before the offset, then those from it, in text order
     * @param bodyIndex the index in {@code lines} of the first line from the offset: how many stand before it
     */
    record Around(List<String> lines, int bodyIndex) {

        Around {
            lines = List.copyOf(lines);
        }

        /** @return the lines before the offset */
        List<String> before() {
            return lines.subList(0, bodyIndex);
        }

        /** @return the lines from the offset */
        List<String> body() {
            return lines.subList(bodyIndex, lines.size());
        }

        /** @return how near line {@code i} stands above the offset: 1 for the line just before it, 0 from it on */
        double nearnessBefore(int i) {
            return i < bodyIndex ? 1.0 / (bodyIndex - i) : 0;
        }

        /** @return whether line {@code i} is from the offset on */
        boolean inBody(int i) {
            return i >= bodyIndex;
        }

        /** @return how near line {@code i} stands to the offset from it on: 1 for its first line, 0 before it */
        double nearnessInBody(int i) {
            return i < bodyIndex ? 0 : 1.0 / (1 + i - bodyIndex);
        }
    }

    /**
     * @param text   the text
     * @param offset where the body starts, clamped to the text
     * @param before how many lines to read before it
     * @param after  how many lines to read from it
     * @return the lines around the offset
     */
    static Around around(String text, int offset, int before, int after) {
        int at = Math.max(0, Math.min(offset, text.length()));
        List<String> lines = new ArrayList<>(before(text, at, before));
        int bodyIndex = lines.size();
        lines.addAll(after(text, at, after));
        return new Around(lines, bodyIndex);
    }

    /** The last {@code n} non-blank lines before {@code end}, in text order: only they are read, however long. */
    static List<String> before(String text, int end, int n) {
        List<String> lines = new ArrayList<>();
        int lineEnd = end;
        while (lineEnd > 0 && lines.size() < n) {
            int lineStart = lineEnd;
            while (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
                lineStart--;
            }
            add(text.substring(lineStart, lineEnd), lines);
            lineEnd = lineStart - 1;
        }
        Collections.reverse(lines);
        return lines;
    }

    /** The first {@code n} non-blank lines from {@code start}. */
    static List<String> after(String text, int start, int n) {
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        while (lineStart < text.length() && lines.size() < n) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            add(text.substring(lineStart, lineEnd), lines);
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /** @return the line stripped and with whitespace collapsed */
    static String clean(String line) {
        return line.replaceAll("(?U)\\s+", " ").strip();
    }

    private static void add(String line, List<String> lines) {
        String l = clean(line);
        if (!l.isEmpty()) {
            lines.add(l);
        }
    }

    /** The characters that end a line, as {@code \R} matches them. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }
}
