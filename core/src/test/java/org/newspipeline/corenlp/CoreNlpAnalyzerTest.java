package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.pipeline.Token;

/** Tagging sentence batches within a budget: the same tags as one CoreNLP run, and an honest stop. */
class CoreNlpAnalyzerTest {

    private static final String[] SUBJECTS = {"Senator Ana Ruiz", "The ministry", "Local officials", "Mr. Patel",
        "The company in Chicago"};
    private static final String[] CLAUSES = {"said the bridge would reopen in May", "denied that funds were missing",
        "told reporters the talks had stalled", "warned of delays at the port", "confirmed the new schedule"};

    @Test
    void taggingInBatchesGivesWhatOneCoreNlpRunGives() {
        String text = article(new Random(11), 200);
        assertTrue(text.length() > 3 * CoreNlpAnalyzer.BATCH_CHARS, "the text must span several batches");
        Linguistics ours = analyzer(chars -> () -> false).apply(wholeBody(text));

        assertTrue(ours.sentences().stream().allMatch(Sentence::tagged));
        assertEquals(AnnotatorLoaderTest.describe(AnnotatorLoaderTest.stanfordCoreNlp(text)), describe(ours));
    }

    @Test
    void sentencesPastTheBudgetKeepTheirTokensWithoutTags() {
        String text = article(new Random(12), 200);
        AtomicInteger checks = new AtomicInteger();
        Linguistics ling = analyzer(chars -> () -> checks.getAndIncrement() >= 1).apply(wholeBody(text));

        List<Sentence> tagged = ling.sentences().stream().filter(Sentence::tagged).toList();
        assertTrue(!tagged.isEmpty() && tagged.size() < ling.sentences().size(),
                "one batch tagged, the rest not: " + tagged.size() + " of " + ling.sentences().size());
        for (Token t : ling.tokens()) {
            boolean inTagged = ling.sentences().get(t.sentenceIndex()).tagged();
            assertEquals(inTagged, !t.pos().isEmpty(), "tag of " + t);
            if (!inTagged) {
                assertEquals("O", t.ner(), "entity of " + t);
            }
        }
        Sentence last = ling.sentences().get(ling.sentences().size() - 1);
        assertEquals(text.stripTrailing().length(), last.span().end(), "the untagged sentences still cover the text");
    }

    @Test
    void sentencesRunTogetherWithoutABlankAreTwoButAnAbbreviationStays() {
        String text = "The council approved the budget on Monday.Critics said the vote was rushed. "
                + "Mrs.Okafor spoke first and asked why.Nobody replied!Then the meeting closed.\n";
        Linguistics ling = analyze(text);

        List<String> sentences = sentences(ling);
        assertEquals(List.of("The council approved the budget on Monday", "Critics said the vote was rushed.",
                "Mrs.Okafor spoke first and asked why", "Nobody replied", "Then the meeting closed."), sentences);
        Token critics = ling.tokens().stream().filter(t -> t.word().equals("Critics")).findFirst().orElseThrow();
        assertEquals(text.indexOf("Critics"), critics.span().start(), "offsets stay in the original text");
    }

    @Test
    void aQuotationAfterAnAbbreviationsFullStopOpensASentence() {
        String text = "\"We want a new bridge,\" said Sen. Ann Lowe, R-Okla. \"But not at any price.\" "
                + "Gov. \u201CChip\u201D Dunn agreed. Mayor J.R. \"Red\" Ames nodded.\n";
        List<String> sentences = sentences(analyze(text));
        assertEquals(List.of("\"We want a new bridge,\" said Sen. Ann Lowe, R-Okla.", "\"But not at any price.\"",
                "Gov. \u201CChip\u201D Dunn agreed.", "Mayor J.R. \"Red\" Ames nodded."), sentences);
    }

    @Test
    void twoApostrophesThatOpenAQuotationAfterASentenceEndOpenTheNextSentence() {
        String text = "The ferry will stop in May, Ms. Lund said. ''We have no boats left,'' she said. Why now? "
                + "''Nobody asked us,'' said Mr. Dahl.\n";
        List<String> sentences = sentences(analyze(text));
        assertEquals(List.of("The ferry will stop in May, Ms. Lund said.", "''We have no boats left,'' she said.",
                "Why now?", "''Nobody asked us,'' said Mr. Dahl."), sentences);
    }

    @Test
    void aQuotationEndingInAQuestionStaysWithTheCueAfterIt() {
        String text = "\"Why now?\" he asked. \"Is this a plan for the town?\" Ms. Berg said. \"Never!\" "
                + "The crowd left.\n";
        Linguistics ling = analyze(text);

        List<String> sentences = sentences(ling);
        assertEquals(List.of("\"Why now?\" he asked.", "\"Is this a plan for the town?\" Ms. Berg said.",
                "\"Never!\"", "The crowd left."), sentences);
        assertTrue(ling.tokens().stream().anyMatch(t -> t.word().equals("?")), "tokens keep the original's words");
    }

    /** The text, every non-blank line a body paragraph, analysed without a time budget. */
    private static Linguistics analyze(String text) {
        return analyzer(chars -> () -> false).apply(wholeBody(text));
    }

    private static List<String> sentences(Linguistics ling) {
        return ling.sentences().stream().map(Sentence::text).toList();
    }

    private static CoreNlpAnalyzer analyzer(IntFunction<AnalysisBudget> budgets) {
        return new CoreNlpAnalyzer(ConfigResources.properties(ConfigResources.CORENLP_ENGLISH), budgets);
    }

    /** Paragraphs of two sentences each, made of the phrases above. */
    private static String article(Random random, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            for (int k = 0; k < 2; k++) {
                text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
                        .append(CLAUSES[random.nextInt(CLAUSES.length)]).append(" on day ").append(i).append(". ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** The text with every non-blank line a body paragraph. */
    private static BodyText wholeBody(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (!trimmed.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size(), new Span(start, start + trimmed.length()), trimmed));
            }
            start += line.length() + 1;
        }
        return new BodyText(new TextNormalizer().apply(text), paragraphs, List.of());
    }

    /** The same description as {@link AnnotatorLoaderTest#describe}, from the analyzer's records. */
    private static List<String> describe(Linguistics ling) {
        List<String> lines = new ArrayList<>();
        for (Token t : ling.tokens()) {
            lines.add(t.sentenceIndex() + ":" + t.span().start() + "-" + t.span().end() + " " + t.pos()
                    + "/" + t.lemma() + "/" + t.ner());
        }
        return lines;
    }
}
