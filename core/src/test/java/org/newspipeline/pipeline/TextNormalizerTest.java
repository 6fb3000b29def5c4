package org.newspipeline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void keepsTheLengthSoOffsetsNeedNoMap() {
        String input = "a\r\nb\rc\u00a0d\te\u0000f\u2028g\ud83d\ude00h\ud800";
        NormalizedText n = normalizer.apply(input);
        assertEquals(input.length(), n.normalized().length());
        assertEquals(input, n.original());
    }

    @Test
    void turnsLineEndsIntoNewlinesAndOddBlanksIntoSpaces() {
        assertEquals("a \nb\nc d e f\ng", normalizer.apply("a\r\nb\rc\u00a0d\te\u0000f\u2028g").normalized());
    }

    @Test
    void keepsEmojiAndReplacesABrokenSurrogate() {
        assertEquals("\ud83d\ude00 x ", normalizer.apply("\ud83d\ude00 x\ud800").normalized());
    }

    @Test
    void leavesQuotationMarksAlone() {
        String quotes = "\u201cHi,\u201d \u2018x\u2019 \"y\"";
        assertEquals(quotes, normalizer.apply(quotes).normalized());
    }

    @Test
    void keepsVisibleCharsThatAreNoLetters() {
        // the replacement char of a failed decoding, a private-use char and an unassigned code point are text
        String visible = "\ufffd\ue000\u0378";
        assertEquals(visible, normalizer.apply(visible).normalized());
    }

    @Test
    void keepsASoftHyphenInsideItsWord() {
        assertEquals("inter\u00adnational", normalizer.apply("inter\u00adnational").normalized());
    }
}
