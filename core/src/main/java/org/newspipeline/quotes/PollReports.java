package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Span;

/**
 * The sentences a poll or a survey tells of: "In a poll for the Courier released on Monday, 61 percent of voters
 * said ..." is the poll's report, its cue "In", its content the rest of the sentence, with the respondents' own
 * report inside it. PolNeAR's annotators mark such a poll as the source of what its sentence says. Stateless.
 */
final class PollReports {

    /** The heads of the noun phrases that tell of a poll. */
    private static final Set<String> POLL_NOUNS = Set.of("poll", "survey");
    private static final double CONFIDENCE = 0.7;

    private PollReports() {
    }

    /**
     * @param doc the document
     * @return the reports of the sentences that open with "In" and a poll set off by a comma, in text order
     */
    static List<ReportedSpeech> find(DocumentView doc) {
        List<ReportedSpeech> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int first = doc.sentenceFirst(s);
            if (first < 0 || !doc.lower(first).equals("in")) {
                continue;
            }
            int end = doc.sentenceEnd(s);
            Optional<SpeakerPhrase> poll = Phrases.startingAt(doc, first + 1, end)
                    .filter(p -> POLL_NOUNS.contains(doc.token(p.head()).lemma()));
            if (poll.isEmpty()) {
                continue;
            }
            int comma = poll.get().end();
            while (comma < end && !doc.token(comma).word().equals(",")) {
                comma++;
            }
            if (comma >= end - 1 || doc.isQuoted(comma)) {
                continue;
            }
            SpeakerPhrase source = new SpeakerPhrase(poll.get().first(), comma, poll.get().head());
            Optional<Span> content = ReportedSpeechFinder.contentSpan(doc, comma + 1, end);
            content.ifPresent(c -> out.add(new ReportedSpeech(List.of(c), Optional.of(source),
                    doc.span(first, first + 1), first, AttributionRule.REPORTED_AFTER_CUE, CONFIDENCE)));
        }
        return out;
    }
}
