package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NoscriptBlocksTest {

    @Test
    void closedBlocksGoWhateverTheirCase() {
        assertEquals("<p>a</p><p>b</p>",
                NoscriptBlocks.strip("<p>a</p><noscript><div>Turn on JavaScript</noscript><p>b</p>"));
        assertEquals("ab", NoscriptBlocks.strip("a<NOSCRIPT class=x>one</NoScript >b"));
        assertEquals("abc", NoscriptBlocks.strip("a<noscript>1</noscript>b<noscript>2</noscript>c"));
    }

    @Test
    void aPageWithoutABlockOrWithoutAnEndTagIsLeftAsItIs() {
        String none = "<p>no blocks here</p>";
        assertSame(none, NoscriptBlocks.strip(none));
        assertEquals("<noscriptx>a</noscriptx>", NoscriptBlocks.strip("<noscriptx>a</noscriptx>"));
        assertEquals("a<noscript>b", NoscriptBlocks.strip("a<noscript>b"));
        assertEquals("ab<noscript>c", NoscriptBlocks.strip("a<noscript>1</noscript>b<noscript>c"));
    }

    @Test
    void manyOpenTagsWithoutAnEndTagAreReadOnce() {
        String crafted = "<noscript>".repeat(200_000);
        assertEquals(crafted, NoscriptBlocks.strip(crafted));
    }
}
