package org.newspipeline.quotes;

import java.util.List;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/**
 * Quote attribution's result.
 *
 * @param quotes   the quotes in text order
 * @param speakers their sources in order of first quote
 */
public record QuotesAndSpeakers(List<Quote> quotes, List<Speaker> speakers) {

    /** Copies the lists. */
    public QuotesAndSpeakers {
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
    }
}
