package org.newspipeline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTagsTest {

    private static String masked(String text) {
        boolean[] mask = MarkupTags.mask(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            out.append(mask[i] ? '#' : text.charAt(i));
        }
        return out.toString();
    }

    @Test
    void masksOpeningClosingAndEmptyTagsWithTheirAttributes() {
        assertEquals("########Ms Berg#### said so.#####",
                masked("<b id=1>Ms Berg</b> said so.<br/>"));
    }

    @Test
    void leavesComparisonsAndTagsBrokenOverLinesAlone() {
        assertEquals("if a < 3 and b > 2\n<p\nclass=x>", masked("if a < 3 and b > 2\n<p\nclass=x>"));
    }
}
