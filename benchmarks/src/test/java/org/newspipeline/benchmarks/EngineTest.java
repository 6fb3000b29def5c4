package org.newspipeline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void bothEnginesCompileHugeMethodsUnlessAskedForJvmDefaults() {
        assertEquals(List.of("-Xmx1g", "-XX:-DontCompileHugeMethods"), Engine.NEWS_PIPELINE.jvmArgs(false));
        assertEquals(List.of("-Xmx6g", "-XX:-DontCompileHugeMethods"), Engine.CORENLP_QUOTE.jvmArgs(false));
        assertEquals(List.of("-Xmx1g"), Engine.NEWS_PIPELINE.jvmArgs(true));
    }
}
