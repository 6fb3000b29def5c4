package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a plain text may give as its authors, around the start of its article body: the names after a byline
 * prefix ("By", "von", "par"), at the start of a short line or inside it ("12 March 2024 by Jane Roe"), and short
 * lines that are nothing but a name. Each comes with the features {@link CandidateModel#author()} weighs
 * ({@link #FEATURES}): where the prefix stands, how near the body's start the line stands and on which side, how long
 * it is, whether a date, a comment count or the headline stands near it, whether a comma follows the name (a role),
 * and how many names it gives. Stateless and thread-safe.
 */
public final class AuthorCandidates {

    /** The feature names, in the order of the candidates' vectors. */
    public static final List<String> FEATURES = List.of("bias", "prefix_at_start", "prefix_inside", "bare_name",
            "nearness", "in_body", "body_nearness", "log_chars", "date_in_line", "date_next", "after_headline",
            "several_names", "one_word", "comments_in_line", "role_after");

    /** Lines read before the body. */
    static final int LINES_BEFORE = 12;
    /** Lines of the body read. */
    static final int LINES_IN_BODY = 5;
    private static final int MAX_LINE_CHARS = 150;
    private static final int MAX_BARE_NAME_WORDS = 4;
    private static final int AFTER_HEADLINE_LINES = 3;
    private static final Set<String> NO_SITES = Set.of();
    private static final Pattern COMMENTS = Pattern.compile(
            "(?iu)\\b(?:comments?|kommentare?|commentaires?|comentarios?)\\b");
    private static final Pattern BARE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");

    /**
     * Names that may be the authors.
     *
     * @param names    the names, in byline order
     * @param features their features, in the order of {@link #FEATURES}
     */
    public record Candidate(List<String> names, double[] features) {
    }

    private final AuthorNames names;
    private final DateText dates;
    private final List<String> prefixes;

    /** @param words the byline prefixes, roles and month names to read lines with */
    public AuthorCandidates(MetadataWords words) {
        this.names = new AuthorNames(words);
        this.dates = new DateText(words);
        this.prefixes = words.bylinePrefixes().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
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
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_LINE_CHARS || i == headlineAt) {
                continue;
            }
            for (int at : prefixStarts(line)) {
                List<String> found = names.names(beforeDigits(line, at), NO_SITES);
                if (!found.isEmpty()) {
                    out.add(new Candidate(found, features(around, i, headlineAt, at == 0, at > 0, found)));
                }
            }
            if (BARE.matcher(line).matches() && line.split("\\s+").length <= MAX_BARE_NAME_WORDS
                    && !names.opensWithPrefix(line)) {
                List<String> found = names.names(line, NO_SITES);
                if (!found.isEmpty()) {
                    out.add(new Candidate(found, features(around, i, headlineAt, false, false, found)));
                }
            }
        }
        return out;
    }

    /** The line from {@code at} up to the first digit after it: a name holds none ("by Jane Roe 3 Comments"). */
    private static String beforeDigits(String line, int at) {
        int end = at;
        while (end < line.length() && !Character.isDigit(line.charAt(end))) {
            end++;
        }
        return line.substring(at, end);
    }

    /**
     * Where a byline prefix starts a word of the line, followed by more. Matched in the line itself, case aside: a
     * lowercased copy may differ in length ("İ"), and its offsets would not fit the line.
     */
    private List<Integer> prefixStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < line.length(); at++) {
            if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
                continue;
            }
            for (String prefix : prefixes) {
                int end = at + prefix.length();
                if (end < line.length() && line.regionMatches(true, at, prefix, 0, prefix.length())
                        && !Character.isLetterOrDigit(line.charAt(end))) {
                    starts.add(at);
                    break;
                }
            }
        }
        return starts;
    }

    private double[] features(TextLines.Around around, int i, int headlineAt, boolean atStart, boolean inside,
                              List<String> found) {
        List<String> lines = around.lines();
        String line = lines.get(i);
        double[] x = new double[FEATURES.size()];
        int f = 0;
        x[f++] = 1;
        x[f++] = b(atStart);
        x[f++] = b(inside);
        x[f++] = b(!atStart && !inside);
        x[f++] = around.nearnessBefore(i);
        x[f++] = b(around.inBody(i));
        x[f++] = around.nearnessInBody(i);
        x[f++] = Math.log1p(line.length());
        x[f++] = b(!dates.all(line).isEmpty());
        x[f++] = b(i + 1 < lines.size() && !dates.all(lines.get(i + 1)).isEmpty());
        x[f++] = b(headlineAt >= 0 && i > headlineAt && i - headlineAt <= AFTER_HEADLINE_LINES);
        x[f++] = b(found.size() > 1);
        x[f++] = b(found.stream().allMatch(n -> n.indexOf(' ') < 0));
        x[f++] = b(COMMENTS.matcher(line).find());
        int name = line.indexOf(found.get(0));
        x[f++] = b(name >= 0 && line.indexOf(',') > name);
        return x;
    }

    private static double b(boolean value) {
        return value ? 1 : 0;
    }
}
