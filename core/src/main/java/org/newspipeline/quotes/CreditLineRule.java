package org.newspipeline.quotes;

import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.AttributionRule;

/**
 * A dash and a name after the quote, ending its paragraph: {@code "..." ― Karin Lund}; or, after a quote that ends its
 * paragraph, making up the next paragraph alone, as fact checks and quote boxes credit a quote on a line of its own.
 * The name may be followed by a comma and where or how it was said ({@code ― Karin Lund, in a letter to members}).
 */
final class CreditLineRule implements SpeakerRule {

    private static final double CONFIDENCE = 0.85;
    private static final Set<String> DASHES = Set.of("\u2015", "\u2014", "\u2013", "-", "--");

    @Override
    public Optional<Candidate> find(QuoteSegment quote, DocumentView doc) {
        int after = doc.tokenAfter(quote);
        int dash = after >= 0 ? after : nextParagraphStart(quote, doc);
        if (dash < 0 || dash + 1 >= doc.tokens().size() || !DASHES.contains(doc.token(dash).word())) {
            return Optional.empty();
        }
        int sentence = doc.token(dash).sentenceIndex();
        int end = doc.sentenceEnd(sentence);
        return Phrases.startingAt(doc, dash + 1, end)
                .filter(p -> doc.token(p.head()).isProperNoun()
                        && (restIsPunctuation(doc, p.end(), end) || goesOnAfterComma(doc, p.end(), end))
                        && lastSentenceOfParagraph(doc, sentence))
                .map(p -> new Candidate(p, doc.token(dash).span(), AttributionRule.CREDIT_LINE, CONFIDENCE));
    }

    /**
     * The first token of the paragraph right after the quote's, when the quote ends its own paragraph and that token
     * opens the next one; else -1.
     */
    private static int nextParagraphStart(QuoteSegment quote, DocumentView doc) {
        int i = doc.firstTokenAtOrAfter(quote.outer().end());
        if (i >= doc.tokens().size()) {
            return -1;
        }
        int sentence = doc.token(i).sentenceIndex();
        boolean opens = doc.sentenceFirst(sentence) == i && doc.opensParagraph(sentence);
        return opens && doc.paragraphOfSentence(sentence) == quote.paragraph() + 1 ? i : -1;
    }

    /** Whether the credit goes on after a comma: where or how it was said ("..., in a message to residents"). */
    private static boolean goesOnAfterComma(DocumentView doc, int from, int end) {
        return from + 1 < end && doc.token(from).word().equals(",");
    }

    private static boolean restIsPunctuation(DocumentView doc, int from, int end) {
        for (int i = from; i < end; i++) {
            if (!doc.token(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    private static boolean lastSentenceOfParagraph(DocumentView doc, int sentence) {
        return sentence + 1 >= doc.sentenceCount()
                || doc.paragraphOfSentence(sentence + 1) != doc.paragraphOfSentence(sentence);
    }
}
