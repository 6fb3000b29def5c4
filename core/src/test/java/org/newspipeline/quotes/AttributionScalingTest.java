package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.newspipeline.Scaling;
import org.newspipeline.entities.Entities;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.pipeline.Token;

/**
 * Entity grouping and quote attribution cost in proportion to the article, however many quotes and speakers it
 * has: thousands of quotes each with its own name, and thousands with a pronoun. The tokens are written by hand
 * (tags and entities as CoreNLP would give them), so only the project's own stages are measured.
 */
class AttributionScalingTest {

    private static final Lexicon LEXICON = Lexicon.english();
    private static final EntityGrouper GROUPER = new EntityGrouper(Set.of("mr", "ms"), Set.of(),
            Set.of(), Set.of(), LEXICON.genderedWords(), NameGenders.load());
    private static final QuoteAttributor ATTRIBUTOR = new QuoteAttributor(LEXICON, Optional.of(TaggerModel.english()));

    @Test
    void quotesEachWithItsOwnNameCostInProportion() {
        // Every other name is missed by the recogniser, as unknown names often are: it is then looked up among
        // the persons found.
        IntFunction<Linguistics> input = n -> article(n, i -> i % 2 == 0
                ? new String[][] {{"Ruth", "NNP", "PERSON"}, {"Kamau" + letters(i), "NNP", "PERSON"}}
                : new String[][] {{"Kamau" + letters(i), "NNP", "O"}});
        assertEquals(40, attribute(input.apply(40)).speakers().size(), "every quote has its own speaker");
        Scaling.assertLinear("quotes with names", 1_500, input, AttributionScalingTest::attribute);
    }

    @Test
    void quotesWithAPronounCostInProportion() {
        IntFunction<Linguistics> input = n -> article(n, i -> i == 0
                ? new String[][] {{"Ruth", "NNP", "PERSON"}, {"Kamau", "NNP", "PERSON"}}
                : new String[][] {{"she", "PRP", "O"}});
        assertEquals(1, attribute(input.apply(40)).speakers().size(), "the pronoun goes back to the one name");
        Scaling.assertLinear("quotes with she", 1_500, input, AttributionScalingTest::attribute);
    }

    @Test
    void reportedSpeechInOneLongParagraphCostsInProportion() {
        IntFunction<Linguistics> input = n -> {
            List<String[]> words = new ArrayList<>();
            List<Integer> sentenceOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (String[] w : new String[][] {{"Ann", "NNP", "PERSON"}, {"Kerr", "NNP", "PERSON"},
                        {"said", "VBD", "O"}, {"the", "DT", "O"}, {"plan", "NN", "O"}, {"works", "VBZ", "O"},
                        {".", ".", "O"}}) {
                    words.add(w);
                    sentenceOf.add(i);
                }
            }
            return linguistics(words, sentenceOf, true);
        };
        Scaling.assertLinear("reported speech in one paragraph", 1_500, input, AttributionScalingTest::attribute);
    }

    @Test
    void pronounsThatReportAgainAndAgainWithNoOneToStandForCostInProportion() {
        // Each "he" seeks its antecedent among the subjects of the reports before it, which are all "he" too.
        IntFunction<Linguistics> input = n -> {
            List<String[]> words = new ArrayList<>();
            List<Integer> sentenceOf = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (String[] w : new String[][] {{"he", "PRP", "O"}, {"said", "VBD", "O"}, {"the", "DT", "O"},
                        {"plan", "NN", "O"}, {"works", "VBZ", "O"}, {",", ",", "O"}, {"and", "CC", "O"},
                        {"he", "PRP", "O"}, {"said", "VBD", "O"}, {"it", "PRP", "O"}, {"pays", "VBZ", "O"},
                        {".", ".", "O"}}) {
                    words.add(w);
                    sentenceOf.add(i);
                }
            }
            return linguistics(words, sentenceOf, true);
        };
        Scaling.assertLinear("pronouns reporting with no antecedent", 1_000, input, AttributionScalingTest::attribute);
    }

    private static QuotesAndSpeakers attribute(Linguistics ling) {
        Entities entities = GROUPER.apply(ling);
        return ATTRIBUTOR.apply(new QuoteInput(ling, entities));
    }

    /** {@code n} paragraphs {@code "We agree ," said SPEAKER .}, one sentence each. */
    private static Linguistics article(int n, IntFunction<String[][]> speaker) {
        StringBuilder text = new StringBuilder();
        List<String[]> words = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String[]> sentence = new ArrayList<>(List.of(new String[] {"\"", "``", "O"},
                    new String[] {"We", "PRP", "O"}, new String[] {"agree", "VBP", "O"},
                    new String[] {",", ",", "O"}, new String[] {"\"", "''", "O"}, new String[] {"said", "VBD", "O"}));
            sentence.addAll(List.of(speaker.apply(i)));
            sentence.add(new String[] {".", ".", "O"});
            for (String[] w : sentence) {
                words.add(w);
                sentenceOf.add(i);
            }
        }
        return linguistics(words, sentenceOf, false);
    }

    /**
     * The tokens as a body: each sentence a paragraph of its own, or all in one paragraph.
     */
    private static Linguistics linguistics(List<String[]> words, List<Integer> sentenceOf, boolean oneParagraph) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            int s = sentenceOf.get(k);
            if (k > 0 && sentenceOf.get(k - 1) != s) {
                text.append(oneParagraph ? ' ' : '\n');
            } else if (k > 0) {
                text.append(' ');
            }
            int start = text.length();
            String[] w = words.get(k);
            text.append(w[0]);
            String lemma = w[0].equals("said") ? "say" : w[0].toLowerCase();
            tokens.add(new Token(k, s, new Span(start, text.length()), w[0], w[1], lemma, w[2]));
        }
        String original = text.toString();
        for (Token t : tokens) {
            int s = t.sentenceIndex();
            if (sentences.size() == s) {
                sentences.add(null);
                paragraphs.add(null);
            }
            Span span = sentences.get(s) == null ? t.span() : new Span(sentences.get(s).span().start(), t.span().end());
            sentences.set(s, new Sentence(s, oneParagraph ? 0 : s, span, span.of(original)));
            paragraphs.set(s, new Paragraph(s, span, span.of(original)));
        }
        if (oneParagraph) {
            Span all = new Span(0, original.length());
            paragraphs = List.of(new Paragraph(0, all, original));
        }
        BodyText body = new BodyText(new TextNormalizer().apply(original), paragraphs, List.of());
        return new Linguistics(body, sentences, tokens);
    }

    /** A distinct capitalised-free suffix for each number, so no two surnames are alike. */
    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        for (int k = i; k > 0 || s.isEmpty(); k /= 26) {
            s.append((char) ('a' + k % 26));
        }
        return s.toString();
    }
}
