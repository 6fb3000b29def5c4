package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.pipeline.Token;

/** What the attribution confidence model reads of an attribution, and how its probability replaces the rules'. */
class AttributionConfidenceTest {

    private static final Lexicon LEXICON = Lexicon.english();
    /** "Ann Kerr warned that the plan fails ." as tokens: word, part of speech, lemma, entity. */
    private static final String[][] WORDS = {{"Ann", "NNP", "Ann", "PERSON"}, {"Kerr", "NNP", "Kerr", "PERSON"},
        {"warned", "VBD", "warn", "O"}, {"that", "IN", "that", "O"}, {"the", "DT", "the", "O"},
        {"plan", "NN", "plan", "O"}, {"fails", "VBZ", "fail", "O"}, {".", ".", ".", "O"}};

    private static Linguistics sentence() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int k = 0; k < WORDS.length; k++) {
            if (k > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(WORDS[k][0]);
            tokens.add(new Token(k, 0, new Span(start, text.length()), WORDS[k][0], WORDS[k][1], WORDS[k][2],
                    WORDS[k][3]));
        }
        String original = text.toString();
        Span all = new Span(0, original.length());
        BodyText body = new BodyText(new TextNormalizer().apply(original), List.of(new Paragraph(0, all, original)),
                List.of());
        return new Linguistics(body, List.of(new Sentence(0, 0, all, original, true)), tokens);
    }

    /** The report of the sentence: its content from "that", Ann Kerr its source, "warned" its cue. */
    private static Attribution report(Linguistics ling) {
        String text = ling.text();
        Span content = new Span(text.indexOf("that"), text.indexOf(" ."));
        Span source = new Span(0, text.indexOf(" warned"));
        Mention mention = new Mention(source, source.of(text), 0);
        return new Attribution(0, List.of(new Passage(content, content.of(text))), AttributionKind.INDIRECT,
                Optional.of(new Speaker("Ann Kerr", SpeakerType.PERSON, List.of(mention), List.of(), List.of(0))),
                Optional.of(mention), Optional.of(new Span(text.indexOf("warned"), text.indexOf(" that"))),
                AttributionRule.REPORTED_AFTER_CUE, 0.6, List.of());
    }

    private static double feature(double[] x, String name) {
        return x[AttributionConfidence.FEATURES.indexOf(name)];
    }

    @Test
    void theFeaturesReadTheCueTheSourceAndTheContent() {
        Linguistics ling = sentence();
        double[] x = AttributionConfidence.features(report(ling), ling, LEXICON);
        assertEquals(AttributionConfidence.FEATURES.size(), x.length);
        assertEquals(1, feature(x, "bias"));
        assertEquals(LEXICON.attributionCues().get("warn"), feature(x, "cue_share"), 1e-12,
                "the fitted share of the cue's lemma");
        assertEquals(0, feature(x, "cue_unknown"));
        assertEquals(0, feature(x, "cue_speech"), "to warn is not to say");
        assertEquals(1, feature(x, "speaker_person"));
        assertEquals(0, feature(x, "source_unresolved"));
        assertEquals(1, feature(x, "opens_that"));
        assertEquals(1, feature(x, "cue_before"));
        assertEquals(0, feature(x, "cue_after"));
        assertEquals(0, feature(x, "log_gap_words"), "the content follows its cue");
        assertEquals(Math.log1p("that the plan fails".length()), feature(x, "log_chars"), 1e-12);
        assertEquals(0, feature(x, "short"));
        for (String name : AttributionConfidence.FEATURES) {
            if (name.startsWith("rule_") || name.startsWith("kind_")) {
                assertEquals(0, feature(x, name), name + ": the commonest rule and kind are the reference");
            }
        }
    }

    @Test
    void aSourceWithoutASpeakerAndNoCueAreFeaturesOfTheirOwn() {
        Linguistics ling = sentence();
        Attribution a = report(ling);
        Attribution bare = new Attribution(0, a.content(), a.kind(), Optional.empty(), a.source(), Optional.empty(),
                AttributionRule.NONE, 0, List.of());
        double[] x = AttributionConfidence.features(bare, ling, LEXICON);
        assertEquals(1, feature(x, "source_unresolved"));
        assertEquals(1, feature(x, "no_cue"));
        assertEquals(0, feature(x, "cue_share"));
        assertEquals(0, feature(x, "cue_unknown"), "no cue is not an unknown cue");
        assertEquals(1, feature(x, "rule_none"));
    }

    @Test
    void theModelsProbabilityReplacesTheRulesConfidenceAndNothingElse() {
        Linguistics ling = sentence();
        double[] weights = new double[AttributionConfidence.FEATURES.size()];
        weights[0] = 2;
        Attribution a = report(ling);
        QuotesAndSpeakers found = new QuotesAndSpeakers(List.of(), List.of(a), a.speaker().stream().toList());
        QuotesAndSpeakers rescored = new AttributionConfidence(weights).rescored(found, ling, LEXICON);
        Attribution b = rescored.attributions().get(0);
        assertEquals(1 / (1 + Math.exp(-2)), b.confidence(), 1e-12);
        assertEquals(new Attribution(a.index(), a.content(), a.kind(), a.speaker(), a.source(), a.cue(), a.rule(),
                b.confidence(), a.quoteIndices()), b);
        assertEquals(found.speakers(), rescored.speakers());
        assertEquals(found.quotes(), rescored.quotes());
    }

    @Test
    void theShippedModelTrustsANamedReportAfterItsCueMoreThanAShortContentWithoutSourceOrCue() {
        Linguistics ling = sentence();
        Attribution a = report(ling);
        Span shortContent = new Span(ling.text().indexOf("the plan"), ling.text().indexOf(" fails"));
        Attribution bare = new Attribution(0, List.of(new Passage(shortContent, shortContent.of(ling.text()))),
                AttributionKind.INDIRECT, Optional.empty(), Optional.empty(), Optional.empty(), AttributionRule.NONE,
                0, List.of());
        AttributionConfidence model = AttributionConfidence.english();
        assertTrue(model.of(a, ling, LEXICON) > model.of(bare, ling, LEXICON) + 0.2,
                () -> model.of(a, ling, LEXICON) + " against " + model.of(bare, ling, LEXICON));
    }
}
