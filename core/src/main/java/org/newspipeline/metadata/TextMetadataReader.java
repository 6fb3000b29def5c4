package org.newspipeline.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;

/**
 * Reads the headline, the byline's authors and the date from a plain text around the start of its article body:
 * the lines just before the body (where a page's visible text has its heading and byline) and the first lines of
 * the body. The headline is the line among the last few before the body and its first ones that {@link HeadlineModel}
 * finds likeliest; the authors come from the first line that opens with a byline prefix ("By", "Von"); the date is
 * the first one written in a short line there that is not an update.
 * Nothing is guessed from the rest of the text. Stateless and thread-safe.
 */
public final class TextMetadataReader {

    /** How many lines before the body, and from its start, are read for the byline and date. */
    private static final int META_LINES_BEFORE = 10;
    private static final int LINES_AFTER = 3;
    private static final int MAX_META_LINE_CHARS = 120;
    private static final Pattern UPDATE = Pattern.compile("(?iu)updat|aktualisiert|geändert|modifi");
    private static final Set<String> NO_SITES = Set.of();

    private final AuthorNames names;
    private final DateText dates;
    private final HeadlineCandidates candidates;
    private final HeadlineModel headlines;

    /**
     * @param words the byline prefixes, roles, month names and the like
     * @throws IllegalStateException if the headline model of {@code models-config} is missing or malformed
     */
    public TextMetadataReader(MetadataWords words) {
        this(words, HeadlineModel.standard());
    }

    /**
     * @param words     the byline prefixes, roles, month names and the like
     * @param headlines the model that chooses the headline
     */
    public TextMetadataReader(MetadataWords words, HeadlineModel headlines) {
        this.names = new AuthorNames(words);
        this.dates = new DateText(words);
        this.candidates = new HeadlineCandidates(words);
        this.headlines = Objects.requireNonNull(headlines, "headlines");
    }

    /**
     * @param text      the text
     * @param bodyStart where the article body starts in it
     * @return the headline, authors and date the lines around the body's start give; empty fields when none reads
     *         as such
     */
    public Metadata read(String text, int bodyStart) {
        int start = Math.max(0, Math.min(bodyStart, text.length()));
        List<String> before = TextLines.before(text, start, META_LINES_BEFORE);
        List<String> after = TextLines.after(text, start, LINES_AFTER);
        List<String> window = new ArrayList<>(before);
        window.addAll(after);

        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        Optional<String> headline = headlines.choose(candidates.of(text, start));
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
}
