package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Span;

class AttributionAssemblerTest {

    // "We will rebuild the pier," Dahl told hundreds of fishermen, "and soon."
    //  quotes at [1, 25) and [58, 67), the cue "told" at [32, 36)
    private static final List<Span> QUOTES = List.of(new Span(1, 25), new Span(58, 67));
    private static final Span CUE = new Span(32, 36);

    @Test
    void theWordsBetweenTwoQuotesAroundTheCueAreCutOut() {
        List<Span> pieces = List.of(new Span(1, 67));
        assertEquals(QUOTES, AttributionAssembler.withoutFrame(pieces, QUOTES, CUE));
        List<Span> split = List.of(new Span(1, 25), new Span(37, 56), new Span(58, 67));
        assertEquals(QUOTES, AttributionAssembler.withoutFrame(split, QUOTES, CUE));
    }

    @Test
    void piecesOutsideTheFrameStay() {
        List<Span> pieces = List.of(new Span(1, 30), new Span(60, 80));
        assertEquals(List.of(new Span(1, 25), new Span(60, 80)),
                AttributionAssembler.withoutFrame(pieces, QUOTES, CUE));
    }

    @Test
    void aCueBeforeAllQuotesLeavesTheContentAlone() {
        // She called the plan "a good start" and "a step forward": the words between the quotes are content.
        List<Span> quotes = List.of(new Span(22, 34), new Span(41, 55));
        List<Span> pieces = List.of(new Span(11, 56));
        assertEquals(pieces, AttributionAssembler.withoutFrame(pieces, quotes, new Span(4, 10)));
        assertEquals(pieces, AttributionAssembler.withoutFrame(pieces, List.of(new Span(22, 34)), new Span(4, 10)));
    }

    @Test
    void aPieceThatIsTheContentsOwnSourceGoesAndAPieceHoldingItStays() {
        // 'Keep the ferry', say islanders. It said what it called a threat.
        Span quote = new Span(0, 16);
        Span source = new Span(22, 31);
        assertEquals(List.of(quote), AttributionAssembler.without(List.of(quote, source), source));
        List<Span> report = List.of(new Span(41, 64));
        assertEquals(report, AttributionAssembler.without(report, new Span(46, 48)));
    }

    /** The assembler of a hand-written paragraph, and its text, in which the spans below are found. */
    private record Parsed(AttributionAssembler assembler, String text) {

        static Parsed of(String paragraph) {
            TestDocuments.Parsed doc = TestDocuments.of(paragraph);
            return new Parsed(new AttributionAssembler(doc.view(), new SpeakerResolver()), doc.text());
        }

        Span span(String words) {
            int start = text.indexOf(words);
            if (start < 0) {
                throw new AssertionError("no \"" + words + "\" in " + text);
            }
            return new Span(start, start + words.length());
        }
    }

    @Test
    void piecesOfOneSentenceWithNothingReportingBetweenAreOnePiece() {
        Parsed p = Parsed.of("Captain Ole Brandt said the boat was \u201cvery steady\u201d and \u201cready for the winter\u201d "
                + "\u2014 and the crew agreed.");
        Span steady = p.span("the boat was \u201cvery steady");
        Span ready = p.span("ready for the winter");
        Optional<Span> cue = Optional.of(p.span("said"));
        Optional<Span> source = Optional.of(p.span("Captain Ole Brandt"));
        assertEquals(List.of(new Span(steady.start(), ready.end())),
                p.assembler().joinWithinSentence(List.of(steady, ready), cue, source));
        List<Span> farApart = List.of(steady, p.span("the crew agreed"));
        assertEquals(farApart, p.assembler().joinWithinSentence(farApart, cue, source));
    }

    @Test
    void theCueTheSourceAReportingVerbOrASentenceEndBetweenPiecesKeepsThemApart() {
        Parsed p = Parsed.of("\u201cThe boat is steady,\u201d Captain Ole Brandt said, \u201cand the crew is ready.\u201d "
                + "The pier is old, his mate warned, and it will not last. It needs work.");
        Span steady = p.span("The boat is steady");
        Span ready = p.span("and the crew is ready");
        Optional<Span> cue = Optional.of(p.span("said"));
        Optional<Span> source = Optional.of(p.span("Captain Ole Brandt"));
        List<Span> quotes = List.of(steady, ready);
        assertEquals(quotes, p.assembler().joinWithinSentence(quotes, cue, source));
        assertEquals(quotes, p.assembler().joinWithinSentence(quotes, Optional.empty(), source));
        assertEquals(quotes, p.assembler().joinWithinSentence(quotes, cue, Optional.empty()));
        List<Span> aroundWarned = List.of(p.span("The pier is old"), p.span("and it will not last"));
        assertEquals(aroundWarned, p.assembler().joinWithinSentence(aroundWarned, Optional.empty(), Optional.empty()));
        List<Span> twoSentences = List.of(p.span("it will not last"), p.span("It needs work"));
        assertEquals(twoSentences, p.assembler().joinWithinSentence(twoSentences, Optional.empty(), Optional.empty()));
    }
}
