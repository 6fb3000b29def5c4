package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;

/**
 * Reads the headline, the byline's authors and the date from a plain text around the start of its article body:
 * the lines just before the body (where a page's visible text has its heading and byline) and the first lines of
 * the body. The headline is the line among the last few before the body and its first ones that
 * {@link CandidateModel#headline()} finds likeliest; the date is the one written there that
 * {@link CandidateModel#date()} finds likeliest, when it is likely enough; the authors come from the first short line
 * that opens with a byline prefix ("By", "Von"). Nothing is guessed from the rest of the text. Stateless and
 * thread-safe.
 */
public final class TextMetadataReader {

    /** How many lines before the body, and from its start, are read for the byline. */
    private static final int META_LINES_BEFORE = 10;
    private static final int LINES_AFTER = 3;
    private static final int MAX_META_LINE_CHARS = 120;
    private static final Set<String> NO_SITES = Set.of();

    private final AuthorNames names;
    private final HeadlineCandidates headlineCandidates;
    private final DateCandidates dateCandidates;
    private final CandidateModel headlines;
    private final CandidateModel dates;

    /**
     * @param words the byline prefixes, roles, month names and the like
     * @throws IllegalStateException if a model of {@code models-config} is missing or malformed
     */
    public TextMetadataReader(MetadataWords words) {
        this(words, CandidateModel.headline(), CandidateModel.date());
    }

    /**
     * @param words     the byline prefixes, roles, month names and the like
     * @param headlines the model that chooses the headline among {@link HeadlineCandidates}
     * @param dates     the model that chooses the date among {@link DateCandidates}
     */
    public TextMetadataReader(MetadataWords words, CandidateModel headlines, CandidateModel dates) {
        this.names = new AuthorNames(words);
        this.headlineCandidates = new HeadlineCandidates(words);
        this.dateCandidates = new DateCandidates(words);
        this.headlines = Objects.requireNonNull(headlines, "headlines");
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /**
     * @param text      the text
     * @param bodyStart where the article body starts in it
     * @return the headline, authors and date the lines around the body's start give; empty fields when none reads
     *         as such
     */
    public Metadata read(String text, int bodyStart) {
        int start = Math.max(0, Math.min(bodyStart, text.length()));
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        Optional<String> headline = headline(text, start);
        headline.ifPresent(h -> sources.put(MetadataField.HEADLINE, MetadataSource.HEADING));
        Optional<String> date = date(text, start, headline);
        date.ifPresent(d -> sources.put(MetadataField.PUBLICATION_DATE, MetadataSource.TEXT));
        List<String> window = new ArrayList<>(TextLines.before(text, start, META_LINES_BEFORE));
        window.addAll(TextLines.after(text, start, LINES_AFTER));
        List<String> authors = List.of();
        for (String line : window) {
            if (line.length() <= MAX_META_LINE_CHARS && !headline.filter(line::equals).isPresent()
                    && names.opensWithPrefix(line)) {
                authors = names.names(line, NO_SITES);
                if (!authors.isEmpty()) {
                    sources.put(MetadataField.AUTHORS, MetadataSource.BYLINE);
                    break;
                }
            }
        }
        return new Metadata(headline, authors, date, Optional.empty(), Optional.empty(), sources);
    }

    /**
     * @param text      the text
     * @param bodyStart where its body starts
     * @return the likeliest of its candidate lines, whatever its probability: most texts that have lines before
     *         their body show a headline among them
     */
    Optional<String> headline(String text, int bodyStart) {
        List<HeadlineCandidates.Candidate> found = headlineCandidates.of(text, bodyStart);
        int best = headlines.best(found.stream().map(HeadlineCandidates.Candidate::features).toList(), 0);
        return best < 0 ? Optional.empty() : Optional.of(found.get(best).line());
    }

    /**
     * @param text      the text
     * @param bodyStart where its body starts
     * @param headline  its headline, if found
     * @return the likeliest of its candidate dates when the model finds it likelier than not (its bias carries the
     *         threshold its training chose)
     */
    Optional<String> date(String text, int bodyStart, Optional<String> headline) {
        List<DateCandidates.Candidate> found = dateCandidates.of(text, bodyStart, headline);
        int best = dates.best(found.stream().map(DateCandidates.Candidate::features).toList(), 0.5);
        return best < 0 ? Optional.empty() : Optional.of(found.get(best).date().toString());
    }
}
