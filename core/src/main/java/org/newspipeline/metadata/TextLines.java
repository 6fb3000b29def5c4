package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The non-blank lines of a text around an offset, stripped and with whitespace collapsed. Stateless. */
final class TextLines {

    private TextLines() {
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
