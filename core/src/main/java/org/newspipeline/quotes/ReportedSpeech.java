package org.newspipeline.quotes;

import java.util.List;
import java.util.Optional;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;

/**
 * Reported speech found around a cue, before it is merged with the quotes and its source resolved.
 *
 * @param content    the content's pieces, in text order, each trimmed to tokens
 * @param source     the phrase naming the source, when the sentence has one
 * @param cue        the cue's words
 * @param cueToken   the cue's first token
 * @param rule       the rule that found it
 * @param confidence how sure the rule is
 */
record ReportedSpeech(List<Span> content, Optional<SpeakerPhrase> source, Span cue, int cueToken,
                      AttributionRule rule, double confidence) {

    ReportedSpeech {
        content = List.copyOf(content);
    }

    /** @return the same report with another source */
    ReportedSpeech withSource(SpeakerPhrase phrase) {
        return new ReportedSpeech(content, Optional.of(phrase), cue, cueToken, rule, confidence);
    }

    /** @return the same report with other content pieces */
    ReportedSpeech withContent(List<Span> pieces) {
        return new ReportedSpeech(pieces, source, cue, cueToken, rule, confidence);
    }

    /** @return the span from the first piece's start to the last piece's end */
    Span extent() {
        return new Span(content.get(0).start(), content.get(content.size() - 1).end());
    }
}
