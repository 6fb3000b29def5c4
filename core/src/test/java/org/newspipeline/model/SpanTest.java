package org.newspipeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void rejectsNegativeStartAndReversedEnds() {
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }

    @Test
    void coversTextAsSubstringCounts() {
        //            0123456789
        String text = "he said no";
        assertEquals("said", new Span(3, 7).of(text));
    }

    @Test
    void overlapIsHalfOpen() {
        assertTrue(new Span(0, 5).overlaps(new Span(4, 8)));
        assertFalse(new Span(0, 5).overlaps(new Span(5, 8)));
        assertTrue(new Span(0, 5).contains(new Span(1, 5)));
    }
}
