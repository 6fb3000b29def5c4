package org.newspipeline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSetTest {

    @Test
    void twelveOfEightyFourIsEverySeventh() {
        assertEquals(List.of(0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77), ArticleSet.spread(84, 12));
    }

    @Test
    void anUnevenSpreadStillStartsAtTheFirstAndStaysInRange() {
        assertEquals(List.of(0, 3, 6), ArticleSet.spread(10, 3));
    }

    @Test
    void zeroOrTooManyTakesAll() {
        assertEquals(List.of(0, 1, 2), ArticleSet.spread(3, 0));
        assertEquals(List.of(0, 1, 2), ArticleSet.spread(3, 5));
    }

    @Test
    void loadReadsOnlyTxtFilesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("c.json"), "not an article");
        Files.writeString(dir.resolve("d.txt"), "third");
        Files.writeString(dir.resolve("e.txt"), "fourth");
        assertEquals(List.of("first", "second", "third", "fourth"), ArticleSet.load(dir, 0));
        // two of four: indices 0 and 2
        assertEquals(List.of("first", "third"), ArticleSet.load(dir, 2));
    }

    @Test
    void aFolderWithoutArticlesIsRefused(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleSet.load(dir, 0));
        assertEquals("No .txt articles in " + dir.toAbsolutePath(), e.getMessage());
    }
}
