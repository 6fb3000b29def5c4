package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a plain text that may be its headline: the last few lines before the article body and its first
 * lines, those with letters that neither end like a sentence, run over 25 words, open a byline nor hold a date,
 * each with the features {@link CandidateModel#headline()} weighs ({@link #FEATURES}): how near the body it
 * stands, its length and ending, whether it credits a picture, how many of its words the body's first lines
 * repeat, whether the text shows it twice (a menu, a teaser), whether it looks like a menu trail or is set in
 * capitals, whether a byline or a date follows it and a short label stands above it. Stateless and thread-safe.
 */
public final class HeadlineCandidates {

    /** The feature names, in the order of the candidates' vectors. */
    public static final List<String> FEATURES = List.of("bias", "reads_as_headline", "nearness", "in_body",
            "first_in_body", "log_words", "few_words", "asks", "credit", "lead_repeats_words", "shown_twice",
            "lower_start", "trail_marks", "capitals", "byline_or_date_next", "short_line_above");

    /** Lines read before the body. */
    static final int LINES_BEFORE = 12;
    /** Lines of the body that may be the headline (a text that starts with it). */
    static final int LINES_IN_BODY = 2;
    /** Lines of the body whose words a headline is expected to repeat. */
    private static final int LEAD_LINES = 3;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 25;
    /** A byline or date line is short. */
    private static final int MAX_META_CHARS = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;,]\\s*[\"”’»)]?$");
    private static final Pattern ASKS = Pattern.compile("[?!]\\s*[\"”’»)]?$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)©|^\\(|\\b(?:foto|fotos|photo|photos|bild|bilder|image|credit|quelle|source)\\s*:");
    private static final Pattern TRAIL = Pattern.compile("[|»›>]|\\s/\\s");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

    /**
     * A line that may be the headline.
     *
     * @param line     the line, stripped and with whitespace collapsed
     * @param features its features, in the order of {@link #FEATURES}
     */
    public record Candidate(String line, double[] features) {
    }

    private final AuthorNames names;
    private final DateText dates;

    /** @param words the byline prefixes and month names to read lines with */
    public HeadlineCandidates(MetadataWords words) {
        this.names = new AuthorNames(words);
        this.dates = new DateText(words);
    }

    /**
     * @param text      the text
     * @param bodyStart where its article body starts
     * @return the candidates, nearest the body's start first for those before it, then those in the body
     */
    public List<Candidate> of(String text, int bodyStart) {
        TextLines.Around around = TextLines.around(text, bodyStart, LINES_BEFORE, LINES_IN_BODY + LEAD_LINES);
        List<String> before = around.before();
        List<String> body = around.body();
        List<String> all = around.lines();
        List<Candidate> out = new ArrayList<>();
        Set<String> lead = words(body, 0);
        for (int d = 0; d < before.size(); d++) {
            int at = before.size() - 1 - d;
            if (!mayBeHeadline(all.get(at))) {
                continue;
            }
            out.add(new Candidate(all.get(at), features(all, at, text, 1.0 / (1 + d), false, false, lead)));
        }
        for (int k = 0; k < Math.min(LINES_IN_BODY, body.size()); k++) {
            if (!mayBeHeadline(body.get(k))) {
                continue;
            }
            out.add(new Candidate(body.get(k), features(all, before.size() + k, text, 0, true, k == 0,
                    words(body, k + 1))));
        }
        return out;
    }

    /**
     * A line without letters is no headline, one that ends like a sentence or runs long is prose, and a byline or
     * a date is none either.
     */
    private boolean mayBeHeadline(String line) {
        return line.codePoints().anyMatch(Character::isLetter) && !SENTENCE_END.matcher(line).find()
                && line.split("\\s+").length <= MAX_HEADLINE_WORDS && !names.opensWithPrefix(line)
                && dates.find(line).isEmpty();
    }

    private double[] features(List<String> lines, int at, String text, double nearness, boolean inBody,
                              boolean firstInBody, Set<String> lead) {
        String line = lines.get(at);
        String next = at + 1 < lines.size() ? lines.get(at + 1) : "";
        String previous = at > 0 ? lines.get(at - 1) : "";
        int words = line.split("\\s+").length;
        Set<String> own = words(List.of(line), 0);
        long repeated = own.stream().filter(lead::contains).count();
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        int firstLetter = line.codePoints().filter(Character::isLetter).findFirst().orElse('A');
        double[] x = new double[FEATURES.size()];
        int f = 0;
        x[f++] = 1;
        // every candidate already reads as a heading but for its length (see mayBeHeadline)
        x[f++] = b(words >= MIN_HEADLINE_WORDS);
        x[f++] = nearness;
        x[f++] = b(inBody);
        x[f++] = b(firstInBody);
        x[f++] = Math.log1p(words);
        x[f++] = b(words < MIN_HEADLINE_WORDS);
        x[f++] = b(ASKS.matcher(line).find());
        x[f++] = b(CREDIT.matcher(line).find());
        x[f++] = own.isEmpty() ? 0 : (double) repeated / own.size();
        x[f++] = b(occurrences(text, line) > 1);
        x[f++] = b(Character.isLowerCase(firstLetter));
        x[f++] = b(TRAIL.matcher(line).find());
        x[f++] = b(letters >= 4 && upper > 0.8 * letters);
        x[f++] = b(!next.isEmpty() && next.length() <= MAX_META_CHARS
                && (names.opensWithPrefix(next) || dates.find(next).isPresent()));
        x[f++] = b(!previous.isEmpty() && previous.split("\\s+").length < MIN_HEADLINE_WORDS);
        return x;
    }

    /** The lowercase words of four letters or more in the lines from index {@code from} on. */
    private static Set<String> words(List<String> lines, int from) {
        Set<String> out = new HashSet<>();
        for (int k = from; k < lines.size(); k++) {
            Matcher m = WORD.matcher(lines.get(k));
            while (m.find()) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** How often the line stands in the text, counting at most two. */
    private static int occurrences(String text, String line) {
        int first = text.indexOf(line);
        return first < 0 ? 0 : text.indexOf(line, first + 1) < 0 ? 1 : 2;
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }
}
