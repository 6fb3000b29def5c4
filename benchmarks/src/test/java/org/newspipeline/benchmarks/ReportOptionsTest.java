package org.newspipeline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

    @Test
    void defaultsAreTheDevSetAndTwelveArticlesForCoreNlp() {
        assertEquals(new ReportOptions(Path.of("../shared/data/polnear/dev/text"), 12, 3, 3, 2, false, false),
                ReportOptions.parse());
    }

    @Test
    void everyOptionIsRead() {
        assertEquals(new ReportOptions(Path.of("texts"), 0, 2, 5, 3, true, true), ReportOptions.parse(
                "--corenlp-articles", "all", "texts", "--warmup-passes", "2", "--throughput-iterations", "5",
                "--build-forks", "3", "--skip-corenlp", "--jvm-defaults"));
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> ReportOptions.parse("--warmup-passes", "0"));
        assertEquals("--warmup-passes needs a whole number of at least 1, got 0", zero.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ReportOptions.parse("--build-forks"));
        assertTrue(missing.getMessage().startsWith("--build-forks needs a value"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ReportOptions.parse("--fast"));
        assertTrue(unknown.getMessage().startsWith("Unknown option --fast"), unknown.getMessage());
    }
}
