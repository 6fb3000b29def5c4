package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HugeMethodCheckTest {

    @Test
    void advisesOnlyWhenTheJvmLeavesHugeMethodsInterpreted() {
        assertTrue(HugeMethodCheck.needsAdvice(Optional.of("true")));
        assertFalse(HugeMethodCheck.needsAdvice(Optional.of("false")));
        assertFalse(HugeMethodCheck.needsAdvice(Optional.empty()), "a JVM without the flag gets no advice");
    }

    @Test
    void readsTheFlagThisJvmWasStartedWith() {
        boolean compiles = ManagementFactory.getRuntimeMXBean().getInputArguments()
                .contains(HugeMethodCheck.JVM_OPTION);
        assertEquals(Optional.of(compiles ? "false" : "true"), HugeMethodCheck.flagValue());
    }
}
