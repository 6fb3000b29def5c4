package org.newspipeline.quotes;

import java.util.List;
import java.util.Optional;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Token;

/**
 * The headline that reports what a source said as its own words after the source's name and a colon, quotation
 * marks or not: {@code Lindqvist: Harbour deal has collapsed}, {@code Survey: Rural voters turn away from the
 * party}. The words before the colon ({@link HeadlineColonRule#sourceColon}) hold no verb and end in a person's or
 * an organisation's name, or in a noun that can name a source (a role, a group, an organisation, a survey or
 * report); the words after it hold a finite verb or a verb's base form ("Lee to quit") and ask no question
 * ({@code Ann Lee: Mayor or minister?} is a label, not a report) and do not open with a question word ({@code Opinion:
 * Why the ferry matters} titles a column). Added where the attribution tagger found nothing
 * in the headline. Stateless.
 */
final class HeadlineReport {

    /** How sure a headline report is before the fitted confidence model rescores it. */
    private static final double CONFIDENCE = 0.7;

    private HeadlineReport() {
    }

    /**
     * @param doc   the document
     * @param found the reported speech found so far; a headline report that overlaps one of them is not added
     * @return the headline's report, if it reads as one
     */
    static Optional<ReportedSpeech> find(DocumentView doc, List<ReportedSpeech> found) {
        int colon = HeadlineColonRule.sourceColon(doc);
        int nameEnd = colon < 0 ? -1 : nameEnd(doc, colon);
        if (nameEnd < 1 || !namesASource(doc, nameEnd - 1)) {
            return Optional.empty();
        }
        int end = doc.sentenceEnd(0);
        if (colon + 1 < end && doc.token(colon + 1).pos().startsWith("W")) {
            // "Analysis: Why the harbour deal collapsed": a title that names a question, not a source's words
            return Optional.empty();
        }
        boolean verb = false;
        for (int k = colon + 1; k < end; k++) {
            if (doc.lower(k).equals("?")) {
                return Optional.empty();
            }
            // a finite verb, or a verb's base form: "Lee to quit", "Lee: Trust the voters"
            verb |= doc.isFiniteVerb(k) || doc.token(k).pos().equals("VB");
        }
        int last = end - 1;
        while (last > colon && doc.token(last).isPunctuation() && !doc.isQuoted(last)) {
            last--;
        }
        if (!verb || last <= colon) {
            return Optional.empty();
        }
        Span content = doc.span(colon + 1, last + 1);
        boolean taken = found.stream().anyMatch(r -> r.cueToken() == colon
                || r.content().stream().anyMatch(content::overlaps));
        if (taken) {
            return Optional.empty();
        }
        SpeakerPhrase source = new SpeakerPhrase(0, nameEnd, nameEnd - 1);
        return Optional.of(new ReportedSpeech(List.of(content), Optional.of(source), doc.token(colon).span(), colon,
                AttributionRule.HEADLINE_COLON, CONFIDENCE));
    }

    /**
     * Where the source's name ends among the words before the colon: at the first preposition ({@code Lee to
     * farmers: ...}, {@code Lee at the summit: ...}), else at the colon; -1 when a word before the colon is a verb.
     */
    private static int nameEnd(DocumentView doc, int colon) {
        int end = colon;
        for (int k = colon - 1; k >= 0; k--) {
            Token t = doc.token(k);
            if (t.isVerb() || t.pos().equals("MD")) {
                return -1;
            }
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                end = k;
            }
        }
        return end;
    }

    /** Whether the word is part of a person's or an organisation's name, or a noun that can name a source. */
    private static boolean namesASource(DocumentView doc, int head) {
        for (EntityMention m : doc.entities().mentions()) {
            if (m.firstToken() <= head && head < m.endToken()
                    && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
                return true;
            }
        }
        return doc.isSpeakerNoun(head);
    }
}
