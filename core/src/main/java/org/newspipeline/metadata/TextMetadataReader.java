package org.newspipeline.metadata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.pipeline.DisplayText;

/**
 * Reads the headline, the byline's authors and the date from a plain text around the start of its article body:
 * the lines just before the body (where a page's visible text has its heading and byline) and the first lines of
 * the body. The headline is the line among the last few before the body and its first ones that
 * {@link CandidateModel#headline()} finds likeliest; the date is the one written there that
 * {@link CandidateModel#date()} finds likeliest, when it is likely enough; the authors are the names there that
 * {@link CandidateModel#author()} finds likeliest, when they are likely enough. Nothing is guessed from the rest of
 * the text. Stateless and thread-safe.
 */
public final class TextMetadataReader {

    private final HeadlineCandidates headlineCandidates;
    private final DateCandidates dateCandidates;
    private final AuthorCandidates authorCandidates;
    private final CandidateModel headlines;
    private final CandidateModel dates;
    private final CandidateModel authors;

    /**
     * @param words the byline prefixes, roles, month names and the like
     * @throws IllegalStateException if a model of {@code models-config} is missing or malformed
     */
    public TextMetadataReader(MetadataWords words) {
        this(words, CandidateModel.headline(), CandidateModel.date(), CandidateModel.author());
    }

    /**
     * @param words     the byline prefixes, roles, month names and the like
     * @param headlines the model that chooses the headline among {@link HeadlineCandidates}
     * @param dates     the model that chooses the date among {@link DateCandidates}
     * @param authors   the model that chooses the authors among {@link AuthorCandidates}
     */
    public TextMetadataReader(MetadataWords words, CandidateModel headlines, CandidateModel dates,
                              CandidateModel authors) {
        this.headlineCandidates = new HeadlineCandidates(words);
        this.dateCandidates = new DateCandidates(words);
        this.authorCandidates = new AuthorCandidates(words);
        this.headlines = Objects.requireNonNull(headlines, "headlines");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.authors = Objects.requireNonNull(authors, "authors");
    }

    /**
     * @param text      the text
     * @param bodyStart where the article body starts in it
     * @return the headline, authors and date the lines around the body's start give; empty fields when none reads
     *         as such
     */
    public Metadata read(String text, int bodyStart) {
        // the candidate readers clamp the body's start to the text
        Map<MetadataField, MetadataSource> sources = new EnumMap<>(MetadataField.class);
        Optional<String> headline = headline(text, bodyStart);
        headline.ifPresent(h -> sources.put(MetadataField.HEADLINE, MetadataSource.HEADING));
        Optional<String> date = date(text, bodyStart, headline);
        date.ifPresent(d -> sources.put(MetadataField.PUBLICATION_DATE, MetadataSource.TEXT));
        List<String> authors = authors(text, bodyStart, headline);
        if (!authors.isEmpty()) {
            sources.put(MetadataField.AUTHORS, MetadataSource.BYLINE);
        }
        // shown as names are: one space between words, no soft hyphens
        return new Metadata(headline.map(DisplayText::of), authors.stream().map(DisplayText::of).toList(), date,
                Optional.empty(), Optional.empty(), sources);
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

    /**
     * @param text      the text
     * @param bodyStart where its body starts
     * @param headline  its headline, if found
     * @return the likeliest of its candidate names when the model finds them likelier than not (its bias carries the
     *         threshold its training chose); none else
     */
    List<String> authors(String text, int bodyStart, Optional<String> headline) {
        List<AuthorCandidates.Candidate> found = authorCandidates.of(text, bodyStart, headline);
        int best = authors.best(found.stream().map(AuthorCandidates.Candidate::features).toList(), 0.5);
        return best < 0 ? List.of() : found.get(best).names();
    }
}
