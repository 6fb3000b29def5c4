package org.newspipeline.quotes;

import java.util.List;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/**
 * Quote attribution's result.
 *
 * @param quotes       the quotes in text order
 * @param attributions the attributions, quoted and reported, in text order
 * @param speakers     their sources in order of first attribution
 */
public record QuotesAndSpeakers(List<Quote> quotes, List<Attribution> attributions, List<Speaker> speakers) {

    /** Copies the lists. */
    public QuotesAndSpeakers {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        speakers = List.copyOf(speakers);
    }
}
