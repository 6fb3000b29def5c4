package org.newspipeline.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;

/**
 * Reads the headline, the byline's authors and the date from a plain text around the start of its article body:
 * the lines just before the body (where a page's visible text has its heading and byline) and the first lines of
 * the body. The headline is the nearest of the last few lines before the body that reads as a heading (a few words,
 * no sentence's end, no date, no byline; menus and site names stand further up), else the first body line if it
 * reads as one; the authors come from the first line that opens with a
 * byline prefix ("By", "Von"); the date is the first one written in a short line there that is not an update.
 * Nothing is guessed from the rest of the text. Stateless and thread-safe.
 */
public final class TextMetadataReader {

    /** How many lines before the body are read for the headline, and for the byline and date. */
    private static final int HEADLINE_LINES_BEFORE = 6;
    private static final int META_LINES_BEFORE = 10;
    private static final int LINES_AFTER = 3;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_META_LINE_CHARS = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;,]\\s*[\"”’»)]?$");
    private static final Pattern UPDATE = Pattern.compile("(?iu)updat|aktualisiert|geändert|modifi");
    private static final Set<String> NO_SITES = Set.of();

    private final AuthorNames names;
    private final DateText dates;

    /** @param words the byline prefixes, roles, month names and the like */
    public TextMetadataReader(MetadataWords words) {
        this.names = new AuthorNames(words);
        this.dates = new DateText(words);
    }

    /**
     * @param text      the text
     * @param bodyStart where the article body starts in it
     * @return the headline, authors and date the lines around the body's start give; empty fields when none reads
     *         as such
     */
    public Metadata read(String text, int bodyStart) {
        int start = Math.max(0, Math.min(bodyStart, text.length()));
        List<String> before = linesBefore(text, start, META_LINES_BEFORE);
        List<String> after = linesAfter(text, start, LINES_AFTER);
        List<String> window = new ArrayList<>(before);
        window.addAll(after);

        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        List<String> near = new ArrayList<>(before.subList(Math.max(0, before.size() - HEADLINE_LINES_BEFORE),
                before.size()));
        Collections.reverse(near);
        Optional<String> headline = near.stream().filter(this::readsAsHeadline).findFirst()
                .or(() -> after.stream().findFirst().filter(this::readsAsHeadline));
        headline.ifPresent(h -> sources.put(MetadataField.HEADLINE, MetadataSource.HEADING));
        List<String> authors = List.of();
        Optional<String> date = Optional.empty();
        for (String line : window) {
            if (line.length() > MAX_META_LINE_CHARS || headline.filter(line::equals).isPresent()) {
                continue;
            }
            if (authors.isEmpty() && names.opensWithPrefix(line)) {
                authors = names.names(line, NO_SITES);
                if (!authors.isEmpty()) {
                    sources.put(MetadataField.AUTHORS, MetadataSource.BYLINE);
                }
            }
            if (date.isEmpty() && !UPDATE.matcher(line).find()) {
                date = dates.find(line).map(LocalDate::toString);
                date.ifPresent(d -> sources.put(MetadataField.PUBLICATION_DATE, MetadataSource.TEXT));
            }
        }
        return new Metadata(headline, authors, date, Optional.empty(), Optional.empty(), sources);
    }

    private boolean readsAsHeadline(String line) {
        int words = line.split("\\s+").length;
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(line).find()
                && !names.opensWithPrefix(line) && dates.find(line).isEmpty()
                && line.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The last {@code n} non-blank lines before {@code end}, in text order, stripped and with whitespace collapsed:
     * only they are read, however long the text.
     */
    private static List<String> linesBefore(String text, int end, int n) {
        List<String> lines = new ArrayList<>();
        int lineEnd = end;
        while (lineEnd > 0 && lines.size() < n) {
            int lineStart = lineEnd;
            while (lineStart > 0 && !isLineBreak(text.charAt(lineStart - 1))) {
                lineStart--;
            }
            addLine(text.substring(lineStart, lineEnd), lines);
            lineEnd = lineStart - 1;
        }
        Collections.reverse(lines);
        return lines;
    }

    /** The first {@code n} non-blank lines from {@code start}, stripped and with whitespace collapsed. */
    private static List<String> linesAfter(String text, int start, int n) {
        List<String> lines = new ArrayList<>();
        int lineStart = start;
        while (lineStart < text.length() && lines.size() < n) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            addLine(text.substring(lineStart, lineEnd), lines);
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private static void addLine(String line, List<String> lines) {
        String l = line.replaceAll("\\s+", " ").strip();
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
