package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
