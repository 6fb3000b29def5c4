package org.newspipeline.quotes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspipeline.model.AttributionRule;

/** A transcript's speaker label in capitals at the start of the quote: {@code "HOLM: Well, look, ..."}. */
final class TranscriptLabelRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.9;
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'\u2019 -]{1,40}\\p{Lu})\\s*:\\s");

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        String text = quote.content().of(doc.text());
        Matcher m = LABEL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int labelStart = quote.content().start();
        int labelEnd = labelStart + m.end(1);
        int first = doc.firstTokenAtOrAfter(labelStart);
        int end = first;
        while (end < doc.tokens().size() && doc.token(end).span().end() <= labelEnd) {
            end++;
        }
        if (end == first || !doc.lower(end).equals(":")) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(new SpeakerPhrase(first, end, end - 1), doc.token(end).span(),
                AttributionRule.TRANSCRIPT_LABEL, CONFIDENCE));
    }
}
