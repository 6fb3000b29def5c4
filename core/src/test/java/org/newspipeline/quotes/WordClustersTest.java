package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading word classes, and the shipped ones. */
class WordClustersTest {

    private static WordClusters read(String text) throws IOException {
        return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsFineAndCoarseClassesAndSkipsComments() throws IOException {
        WordClusters c = read("# comment\nharbour\t3\t1\nquay\t3\t1\nferry\t0\t0\n");
        assertEquals("3", c.fine("harbour"));
        assertEquals("1", c.coarse("quay"));
        assertEquals("0", c.fine("ferry"));
        assertEquals(WordClusters.UNKNOWN, c.fine("lighthouse"));
        assertEquals(WordClusters.UNKNOWN, c.coarse("lighthouse"));
        assertEquals(3, c.size());
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IllegalStateException.class, () -> read("harbour\t3\n"));
        assertThrows(IllegalStateException.class, () -> read("harbour\tthree\t1\n"));
        assertThrows(IllegalStateException.class, () -> read("harbour\t-1\t1\n"));
        assertThrows(IllegalStateException.class, () -> read("harbour\t3\t1\nquay\t3\t2\n"));
    }

    @Test
    void refusesAClassWithoutACoarseClass() {
        assertThrows(IllegalArgumentException.class, () -> new WordClusters(Map.of("harbour", 2), new int[] {0}));
    }

    @Test
    void theShippedClassesCoverCommonWordsAndAgreeWithTheirCoarseClasses() {
        WordClusters shipped = WordClusters.english();
        assertTrue(shipped.size() > 50_000, "words: " + shipped.size());
        for (String w : new String[] {"said", "told", "warned", "denied", "president", "the", "because"}) {
            assertTrue(!shipped.fine(w).equals(WordClusters.UNKNOWN), w);
        }
        assertEquals(WordClusters.UNKNOWN, shipped.fine("Said"), "the classes are for lowercase words");
    }
}
