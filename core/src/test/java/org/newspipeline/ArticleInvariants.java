package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newspipeline.model.Article;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.Entity;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;

/**
 * The promises every {@link Article} keeps, whatever its input, checked independently of the {@code Article}
 * constructor's own checks.
 */
final class ArticleInvariants {

    private ArticleInvariants() {
    }

    /**
     * @param input   the string given to {@code annotate}
     * @param article what it returned
     */
    static void assertHold(String input, Article article) {
        assertSame(input, article.text(), "text() is the input itself");
        assertBodyAndBoilerplateCoverTheInput(input, article);
        assertSentencesLieInTheirParagraphs(input, article);
        assertMentionsLieInTheirSentences(input, article);
        assertQuotesAreDisjointAndInTheBody(input, article);
        assertSpeakersMatchTheirQuotes(article);
        assertQuotesWithSpeakersBelongToOneAttribution(article);
    }

    /**
     * Body paragraphs and boilerplate blocks never overlap, and every char that is not blank lies in one of them:
     * nothing is dropped without a trace.
     */
    static void assertBodyAndBoilerplateCoverTheInput(String input, Article article) {
        List<Span> blocks = new ArrayList<>();
        for (Paragraph p : article.body()) {
            assertCovers(input, p.span(), p.text());
            blocks.add(p.span());
        }
        for (Boilerplate b : article.boilerplate()) {
            assertCovers(input, b.span(), b.text());
            blocks.add(b.span());
        }
        blocks.sort(Comparator.naturalOrder());
        for (int i = 1; i < blocks.size(); i++) {
            assertTrue(blocks.get(i - 1).end() <= blocks.get(i).start(),
                    "blocks " + blocks.get(i - 1) + " and " + blocks.get(i) + " overlap");
        }
        int next = 0;
        for (Span block : blocks) {
            assertOnlyBlanks(input, next, block.start());
            next = block.end();
        }
        assertOnlyBlanks(input, next, input.length());
    }

    static void assertSentencesLieInTheirParagraphs(String input, Article article) {
        int previousEnd = 0;
        for (int i = 0; i < article.sentences().size(); i++) {
            Sentence s = article.sentences().get(i);
            assertEquals(i, s.index());
            assertCovers(input, s.span(), s.text());
            assertTrue(s.span().start() >= previousEnd, "sentence " + i + " overlaps the one before");
            previousEnd = s.span().end();
            assertTrue(article.body().get(s.paragraphIndex()).span().contains(s.span()),
                    "sentence " + i + " lies outside its paragraph");
        }
    }

    static void assertMentionsLieInTheirSentences(String input, Article article) {
        for (Entity e : article.entities()) {
            e.mentions().forEach(m -> assertMentionInItsSentence(input, article, m));
        }
        for (Speaker s : article.speakers()) {
            s.mentions().forEach(m -> assertMentionInItsSentence(input, article, m));
        }
    }

    /**
     * Quotes are in text order, never overlap, never leave a body paragraph, and each speaker mention and cue lies
     * in the input (a speaker mention in the body sentence it names).
     */
    static void assertQuotesAreDisjointAndInTheBody(String input, Article article) {
        int previousEnd = 0;
        for (int i = 0; i < article.quotes().size(); i++) {
            Quote q = article.quotes().get(i);
            assertEquals(i, q.index());
            assertCovers(input, q.span(), q.text());
            assertTrue(q.span().start() >= previousEnd, "quote " + i + " overlaps the one before");
            previousEnd = q.span().end();
            assertTrue(article.body().stream().anyMatch(p -> p.span().contains(q.span())),
                    "quote " + i + " " + q.span() + " is not inside one body paragraph");
            q.speakerMention().ifPresent(m -> assertMentionInItsSentence(input, article, m));
            q.cue().ifPresent(c -> assertTrue(c.end() <= input.length(), "cue " + c + " outside the input"));
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
        }
    }

    /** A quote with a speaker is listed under that speaker, and a speaker lists only its own quotes. */
    static void assertSpeakersMatchTheirQuotes(Article article) {
        for (Quote q : article.quotes()) {
            q.speaker().ifPresent(s -> {
                assertTrue(article.speakers().contains(s), "speaker " + s.name() + " is not listed");
                assertTrue(s.quoteIndices().contains(q.index()), s.name() + " does not list quote " + q.index());
            });
        }
        for (Speaker s : article.speakers()) {
            for (int i : s.quoteIndices()) {
                assertEquals(s, article.quotes().get(i).speaker().orElse(null), "quote " + i + " of " + s.name());
            }
        }
    }

    /** Every quote with a speaker is listed by exactly one attribution, as {@code Attribution} promises. */
    static void assertQuotesWithSpeakersBelongToOneAttribution(Article article) {
        for (Quote q : article.quotes()) {
            long holders = article.attributions().stream().filter(a -> a.quoteIndices().contains(q.index())).count();
            if (q.speaker().isPresent()) {
                assertEquals(1, holders, "attributions listing the quote " + q.text());
            } else {
                assertTrue(holders <= 1, "attributions listing the quote " + q.text());
            }
        }
    }

    /**
     * A blank is a char that carries no text: white space, a control or format char (zero-width space, byte-order
     * mark), or half of a broken surrogate pair.
     */
    static boolean isBlank(String text, int i) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void assertMentionInItsSentence(String input, Article article, Mention m) {
        assertCovers(input, m.span(), m.text());
        assertTrue(m.sentenceIndex() >= 0 && m.sentenceIndex() < article.sentences().size(),
                "mention " + m.text() + " names sentence " + m.sentenceIndex());
        assertTrue(article.sentences().get(m.sentenceIndex()).span().contains(m.span()),
                "mention " + m.text() + " " + m.span() + " lies outside its sentence");
    }

    private static void assertCovers(String input, Span span, String text) {
        assertTrue(span.start() >= 0 && span.end() <= input.length(),
                "span " + span + " outside an input of " + input.length() + " chars");
        assertEquals(input.substring(span.start(), span.end()), text, "text of span " + span);
    }

    private static void assertOnlyBlanks(String input, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isBlank(input, i)) {
                fail("char " + i + " (U+" + String.format("%04X", (int) input.charAt(i))
                        + ") is neither body nor boilerplate");
            }
        }
    }
}
