package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the tagger's labels of a paragraph make runs of one role. */
class TaggedSpeechTest {

    /** A paragraph whose tokens are the document's 10th onwards. */
    private static TaggerSequence paragraph(int tokens) {
        return new TaggerSequence(10, 10 + tokens, Collections.nCopies(tokens, new String[0]));
    }

    @Test
    void aContentRunEndsAtItsEndLabel() {
        int e = TaggerModel.END_CONTENT;
        // content over three tokens, a second content right after it, outside, then a one-token content
        int[] labels = {1, 2, e, 2, e, 0, 1};
        assertEquals(List.of(new TaggedSpeech.Run(10, 13), new TaggedSpeech.Run(13, 15),
                        new TaggedSpeech.Run(16, 17)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void aUnitLabelIsARunOfOneToken() {
        int u = TaggerModel.UNIT_SOURCE;
        // two one-token sources side by side, then a source of two tokens
        int[] labels = {u, u, 0, 3, TaggerModel.END_SOURCE};
        assertEquals(List.of(new TaggedSpeech.Run(10, 11), new TaggedSpeech.Run(11, 12),
                        new TaggedSpeech.Run(13, 15)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.SOURCE));
        assertEquals(List.of(), TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void anEndLabelAloneIsAOneTokenContent() {
        int[] labels = {0, TaggerModel.END_CONTENT, 0};
        assertEquals(List.of(new TaggedSpeech.Run(11, 12)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void eachRoleEndsAtItsOwnEndLabel() {
        // a source of two tokens, a cue of two, a content that ends, then a source of two right after another
        int[] labels = {3, TaggerModel.END_SOURCE, 5, TaggerModel.END_CUE, 1, TaggerModel.END_CONTENT, 4,
            TaggerModel.END_SOURCE, 4, TaggerModel.END_SOURCE};
        assertEquals(List.of(new TaggedSpeech.Run(10, 12), new TaggedSpeech.Run(16, 18),
                        new TaggedSpeech.Run(18, 20)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.SOURCE));
        assertEquals(List.of(new TaggedSpeech.Run(12, 14)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CUE));
        assertEquals(List.of(new TaggedSpeech.Run(14, 16)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void aSourceOfPunctuationAloneIsNoSource() {
        TestDocuments.Parsed p = TestDocuments.of("Officials, worried about the delays, said the quay would close.");
        DocumentView doc = p.view();
        int comma = doc.firstTokenAtOrAfter(p.text().indexOf(", worried"));
        int said = doc.firstTokenAtOrAfter(p.text().indexOf("said"));
        int tokens = doc.tokenCount();
        TaggerSequence all = p.sequence();
        int[] labels = new int[tokens];
        labels[said] = TaggerModel.UNIT_CUE;
        labels[said + 1] = TaggerModel.CONTENT;
        labels[said + 2] = TaggerModel.CONTENT + 1;
        labels[said + 3] = TaggerModel.CONTENT + 1;
        labels[said + 4] = TaggerModel.END_CONTENT;
        labels[comma] = TaggerModel.UNIT_SOURCE;
        List<ReportedSpeech> found = TaggedSpeech.of(doc, all, labels, 0.6);
        assertEquals(1, found.size());
        assertEquals(Optional.empty(), found.get(0).source(), "the comma is no source");
        labels[0] = TaggerModel.UNIT_SOURCE;
        assertEquals(0, TaggedSpeech.of(doc, all, labels, 0.6).get(0).source().orElseThrow().first(),
                "the word labelled as source is");
    }

    @Test
    void aContentThatStopsBeforeItsSubjectsVerbGoesOnToTheClausesEnd() {
        TestDocuments.Parsed p = TestDocuments.of(
                "Despite the firm's claim that its new ferry uses less fuel, the harbour board has doubts.");
        DocumentView doc = p.view();
        int first = doc.firstTokenAtOrAfter(p.text().indexOf("that its"));
        int verb = doc.firstTokenAtOrAfter(p.text().indexOf("uses"));
        int comma = doc.firstTokenAtOrAfter(p.text().indexOf(", the harbour"));
        int tokens = doc.tokenCount();
        TaggerSequence all = p.sequence();
        int[] outside = new int[tokens];
        assertEquals(new TaggedSpeech.Run(first, comma),
                TaggedSpeech.withVerb(doc, all, outside, new TaggedSpeech.Run(first, verb)));
        // a content that ends at its clause's end, or before a token of another role, stays as it is
        TaggedSpeech.Run whole = new TaggedSpeech.Run(first, comma);
        assertEquals(whole, TaggedSpeech.withVerb(doc, all, outside, whole));
        int[] cue = outside.clone();
        cue[verb] = TaggerModel.UNIT_CUE;
        assertEquals(new TaggedSpeech.Run(first, verb),
                TaggedSpeech.withVerb(doc, all, cue, new TaggedSpeech.Run(first, verb)));
        // nor does one that is no reported clause: no "that" opens it and no cue stands before it
        TaggedSpeech.Run subjectAlone = new TaggedSpeech.Run(first + 1, verb);
        assertEquals(subjectAlone, TaggedSpeech.withVerb(doc, all, outside, subjectAlone));
    }

    @Test
    void aContentThatEndsInsideAQuotationGoesOnToItsEnd() {
        TestDocuments.Parsed p = TestDocuments.of(
                "She said the plan was late and called the delay \u201ca gift to our rivals.\u201d Work goes on.");
        DocumentView doc = p.view();
        int first = doc.firstTokenAtOrAfter(p.text().indexOf("the plan"));
        int insideQuote = doc.firstTokenAtOrAfter(p.text().indexOf("to our"));
        int afterQuote = doc.firstTokenAtOrAfter(p.text().indexOf("Work"));
        int tokens = doc.tokenCount();
        TaggerSequence all = p.sequence();
        int[] outside = new int[tokens];
        assertEquals(new TaggedSpeech.Run(first, afterQuote),
                TaggedSpeech.wholeQuotes(doc, all, outside, new TaggedSpeech.Run(first, insideQuote)));
        int[] cueInQuote = outside.clone();
        cueInQuote[afterQuote - 2] = TaggerModel.UNIT_CUE;
        assertEquals(new TaggedSpeech.Run(first, afterQuote - 2),
                TaggedSpeech.wholeQuotes(doc, all, cueInQuote, new TaggedSpeech.Run(first, insideQuote)));
        TaggedSpeech.Run before = new TaggedSpeech.Run(first, insideQuote - 4);
        assertEquals(before, TaggedSpeech.wholeQuotes(doc, all, outside, before));
        TaggedSpeech.Run fromInside = new TaggedSpeech.Run(insideQuote, afterQuote + 2);
        assertEquals(new TaggedSpeech.Run(doc.firstTokenAtOrAfter(p.text().indexOf("\u201ca")), afterQuote + 2),
                TaggedSpeech.wholeQuotes(doc, all, outside, fromInside));
    }

    @Test
    void aClauseThatOpensWithThatCompletesTheCueBeforeItNotAParticipleAfterIt() {
        TestDocuments.Parsed p = TestDocuments.of("The mayor told local radio that she had not been consulted, "
                + "insisting that the council should have had a say.");
        DocumentView doc = p.view();
        int tokens = doc.tokenCount();
        TaggerSequence all = p.sequence();
        int[] labels = new int[tokens];
        label(labels, doc, p.text(), "The mayor", TaggerModel.SOURCE);
        label(labels, doc, p.text(), "told", TaggerModel.CUE);
        label(labels, doc, p.text(), "that she had not been consulted", TaggerModel.CONTENT);
        label(labels, doc, p.text(), "insisting", TaggerModel.CUE);
        label(labels, doc, p.text(), "that the council should have had a say", TaggerModel.CONTENT);
        List<ReportedSpeech> found = TaggedSpeech.of(doc, all, labels, 0.6);
        assertEquals(List.of("told", "insisting"), found.stream().map(r -> r.cue().of(p.text())).toList());
        assertEquals(List.of("that she had not been consulted"),
                found.get(0).content().stream().map(c -> c.of(p.text())).toList());
        assertEquals(List.of("that the council should have had a say"),
                found.get(1).content().stream().map(c -> c.of(p.text())).toList());
    }

    @Test
    void aNameAfterTheRelativeClauseOnASourceIsItsApposition() {
        TestDocuments.Parsed p = TestDocuments.of(
                "The firm that runs the ferries, Norvik Lines, said sailings would resume on Monday.");
        SpeakerPhrase source = saidSource(p, "The firm that runs the ferries, Norvik Lines,",
                "sailings would resume on Monday");
        assertEquals("The firm", p.view().span(source.first(), source.end()).of(p.text()));
        assertEquals("Norvik Lines", p.view().span(source.appositionFirst(), source.appositionEnd()).of(p.text()));
        // a list inside the clause is no name
        TestDocuments.Parsed q = TestDocuments.of(
                "The group that speaks for farmers, fishers and foresters said prices would fall.");
        assertEquals(-1, saidSource(q, "The group that speaks for farmers, fishers and foresters",
                "prices would fall").appositionFirst());
    }

    @Test
    void theObjectOfAParticipleInASourceIsNotWhoSpeaks() {
        TestDocuments.Parsed p = TestDocuments.of("Ingrid Falk stood for mayor. A volunteer backing Ingrid Falk, Tom "
                + "Reyes, said the count was slow.");
        SpeakerPhrase source = saidSource(p, "A volunteer backing Ingrid Falk, Tom Reyes,", "the count was slow");
        assertEquals("volunteer", p.view().token(source.head()).word());
        assertEquals(Optional.of("Tom Reyes"), new SpeakerResolver().resolve(source, p.view(), new SpeakerHistory(),
                false).map(ResolvedSpeaker::name));
    }

    /** The source phrase of a text labelled as its source, then "said" as the cue, then its content. */
    private static SpeakerPhrase saidSource(TestDocuments.Parsed p, String source, String content) {
        DocumentView doc = p.view();
        int[] labels = new int[doc.tokenCount()];
        label(labels, doc, p.text(), source, TaggerModel.SOURCE);
        label(labels, doc, p.text(), "said", TaggerModel.CUE);
        label(labels, doc, p.text(), content, TaggerModel.CONTENT);
        return TaggedSpeech.of(doc, p.sequence(), labels, 0.6).get(0).source().orElseThrow();
    }

    /** Labels the tokens of a phrase as one run of a role: begin, inside and end, or a unit of one token. */
    private static void label(int[] labels, DocumentView doc, String text, String phrase, int role) {
        int start = text.indexOf(phrase);
        int first = doc.firstTokenAtOrAfter(start);
        int end = doc.firstTokenAtOrAfter(start + phrase.length());
        if (end - first == 1) {
            labels[first] = TaggerModel.unitOf(role);
            return;
        }
        labels[first] = role;
        for (int k = first + 1; k < end - 1; k++) {
            labels[k] = role + 1;
        }
        labels[end - 1] = TaggerModel.endOf(role);
    }
}
