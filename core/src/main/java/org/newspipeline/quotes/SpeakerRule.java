package org.newspipeline.quotes;

import java.util.Optional;

/**
 * One way of finding the source of a quote from the words around it. Implementations are stateless and
 * thread-safe.
 */
interface SpeakerRule {

    /**
     * @param quote the quote to attribute
     * @param doc   the document it lies in
     * @return the phrase naming its source, or empty when this rule does not apply
     */
    Optional<Candidate> find(QuoteSegment quote, DocumentView doc);
}
