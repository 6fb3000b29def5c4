package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Passage;

/** Cues whose subject is part of the content: the fitted keys, and whole paragraphs through the pipeline. */
class SubjectContentTest {

    @Test
    void passiveParticipleIsKeyedWithBeOverAdverbs() {
        List<String> lemmas = List.of("she", "be", "not", "widely", "expect", "to", "win");
        List<String> tags = List.of("PRP", "VBZ", "RB", "RB", "VBN", "TO", "VB");
        assertEquals("be expect", SubjectContent.key(lemmas::get, tags::get, 4, 0));
    }

    @Test
    void activeVerbIsKeyedByItsLemma() {
        List<String> lemmas = List.of("she", "expect", "a", "win");
        List<String> tags = List.of("PRP", "VBD", "DT", "NN");
        assertEquals("expect", SubjectContent.key(lemmas::get, tags::get, 1, 0));
        List<String> seemLemmas = List.of("it", "seem", "fine");
        List<String> seemTags = List.of("PRP", "VBZ", "JJ");
        assertEquals("seem", SubjectContent.key(seemLemmas::get, seemTags::get, 1, 0));
    }

    @Test
    void participleAfterANounIsNoPassive() {
        List<String> lemmas = List.of("the", "plan", "expect", "by", "many");
        List<String> tags = List.of("DT", "NN", "VBN", "IN", "JJ");
        assertEquals("expect", SubjectContent.key(lemmas::get, tags::get, 2, 0));
    }

    @Test
    void subjectOfAnExpectationIsContentWithoutSource() {
        Article a = NewsPipeline.annotate("The vote on the budget takes place on Friday.\n"
                + "Councillor Anna Berg is expected to vote against the plan.");
        Attribution att = attributionWithCue(a, "expected");
        // The subject is the content's first piece; what the tagger takes after the cue may move with its fit.
        assertEquals("Councillor Anna Berg", content(att).get(0));
        assertTrue(content(att).size() == 2 && content(att).get(1).endsWith("the plan"), content(att).toString());
        assertTrue(att.source().isEmpty());
        assertTrue(att.speaker().isEmpty());
        assertEquals(AttributionRule.SUBJECT_CUE, att.rule());
    }

    @Test
    void aSpeakerElsewhereInTheSentenceIsNotTheSourceOfAnImpression() {
        Article a = NewsPipeline.annotate("The harbour of Nordby was closed for a week after the storm.\n"
                + "The new ferry seems to be too large for the old quay, and the mayor said repairs would start in May.");
        Attribution seems = attributionWithCue(a, "seems");
        assertEquals("The new ferry", seems.content().get(0).text());
        assertTrue(seems.source().isEmpty());
        Attribution said = attributionWithCue(a, "said");
        assertEquals("the mayor", said.speaker().orElseThrow().name());
    }

    @Test
    void appearingSomewhereIsNoReport() {
        Article a = NewsPipeline.annotate("The council met on Tuesday.\n"
                + "The mayor appeared on the evening news after the meeting.");
        assertTrue(a.attributions().stream().noneMatch(x -> x.rule() == AttributionRule.SUBJECT_CUE),
                a.attributions().toString());
    }

    @Test
    void anExpectationThatAClosingAccordingToCitesIsTheCitedSourcesReport() {
        Article a = NewsPipeline.annotate("The club is in turmoil after the cup defeat.\n"
                + "Rovers chairman Phil Grant is expected to name an interim manager on Monday, according to people "
                + "familiar with the plans.");
        Attribution att = attributionWithCue(a, "according");
        assertEquals(AttributionRule.ACCORDING_TO, att.rule());
        assertEquals("people familiar with the plans", att.source().orElseThrow().text());
        assertEquals(List.of("Rovers chairman Phil Grant is expected to name an interim manager on Monday"),
                content(att));
        assertTrue(a.attributions().stream().noneMatch(x -> x.rule() == AttributionRule.SUBJECT_CUE),
                a.attributions().toString());
    }

    private static Attribution attributionWithCue(Article a, String cueWord) {
        return a.attributions().stream()
                .filter(x -> x.cue().map(a::textOf).orElse("").contains(cueWord)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cueWord + " in "
                        + a.attributions().stream().map(Attribution::text).toList()));
    }

    private static List<String> content(Attribution a) {
        return a.content().stream().map(Passage::text).toList();
    }
}
