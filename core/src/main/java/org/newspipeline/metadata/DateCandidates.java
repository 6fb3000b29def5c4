package org.newspipeline.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dates a plain text writes around the start of its article body that may be its publication date: every date
 * in the last lines before the body and in its first lines, each with the features {@link CandidateModel#date()}
 * weighs ({@link #FEATURES}): how near the body's start its line stands and on which side, how long the line is,
 * whether a publication or an update label leads to it, whether a byline or a time of day stands in its line,
 * whether it follows the headline, and how it compares with the other dates (the latest, the earliest, written more
 * than once).
 * Stateless and thread-safe.
 */
public final class DateCandidates {

    /** The feature names, in the order of the candidates' vectors. */
    public static final List<String> FEATURES = List.of("bias", "nearness", "in_body", "body_nearness",
            "short_line", "log_chars", "publication_label", "update_label", "byline", "time_of_day",
            "several_in_line", "latest", "earliest", "written_twice", "after_headline", "above_headline");

    /** Lines read before the body. */
    static final int LINES_BEFORE = 15;
    /** Lines of the body read. */
    static final int LINES_IN_BODY = 10;
    private static final int SHORT_LINE_CHARS = 60;
    /** Lines after the headline in which a date counts as the headline's. */
    private static final int AFTER_HEADLINE_LINES = 3;
    private static final Pattern UPDATE = Pattern.compile("(?iu)updat|aktualisiert|geändert|modifi|bearbeitet");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.]\\d{2}(?!\\d)\\s*(?:uhr|h|am|pm)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * A date that may be the publication date.
     *
     * @param date     the date
     * @param features its features, in the order of {@link #FEATURES}
     */
    public record Candidate(LocalDate date, double[] features) {
    }

    private final AuthorNames names;
    private final DateText dates;
    private final List<String> labels;

    /** @param words the byline prefixes, month names and publication labels to read lines with */
    public DateCandidates(MetadataWords words) {
        this.names = new AuthorNames(words);
        this.dates = new DateText(words);
        this.labels = words.dateLabels().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * @param text      the text
     * @param bodyStart where its article body starts
     * @param headline  the headline found in the lines around it, if any
     * @return the candidates, in text order
     */
    public List<Candidate> of(String text, int bodyStart, Optional<String> headline) {
        TextLines.Around around = TextLines.around(text, bodyStart, LINES_BEFORE, LINES_IN_BODY);
        List<String> lines = around.lines();
        int headlineAt = headline.map(lines::indexOf).orElse(-1);
        List<LocalDate> found = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        List<Integer> inLine = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        Map<LocalDate, Integer> copies = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            List<DateText.Written> all = dates.written(lines.get(i));
            for (int r = 0; r < all.size(); r++) {
                LocalDate d = all.get(r).date();
                found.add(d);
                lineOf.add(i);
                inLine.add(all.size());
                // the words that lead to this date: from the previous date of the line, or its start
                lead.add(lines.get(i).substring(r == 0 ? 0 : all.get(r - 1).start(), all.get(r).start())
                        .toLowerCase(Locale.ROOT));
                copies.merge(d, 1, Integer::sum);
            }
        }
        LocalDate latest = found.stream().max(LocalDate::compareTo).orElse(null);
        LocalDate earliest = found.stream().min(LocalDate::compareTo).orElse(null);
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            int i = lineOf.get(k);
            String line = lines.get(i);
            String leading = lead.get(k);
            double[] x = new double[FEATURES.size()];
            int f = 0;
            x[f++] = 1;
            x[f++] = around.nearnessBefore(i);
            x[f++] = b(around.inBody(i));
            x[f++] = around.nearnessInBody(i);
            x[f++] = b(line.length() <= SHORT_LINE_CHARS);
            x[f++] = Math.log1p(line.length());
            x[f++] = b(labels.stream().anyMatch(leading::contains));
            x[f++] = b(UPDATE.matcher(leading).find());
            x[f++] = b(names.opensWithPrefix(line));
            x[f++] = b(TIME.matcher(line).find());
            x[f++] = b(inLine.get(k) > 1);
            x[f++] = b(found.get(k).equals(latest));
            x[f++] = b(found.get(k).equals(earliest));
            x[f++] = b(copies.get(found.get(k)) > 1);
            x[f++] = b(headlineAt >= 0 && i > headlineAt && i - headlineAt <= AFTER_HEADLINE_LINES);
            x[f++] = b(headlineAt >= 0 && i < headlineAt);
            out.add(new Candidate(found.get(k), x));
        }
        return out;
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }
}
