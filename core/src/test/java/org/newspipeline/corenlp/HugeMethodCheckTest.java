package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void testJvmsCompileHugeMethodsAsTheBuildConfiguresThem() {
        assertEquals(Optional.of("false"), HugeMethodCheck.flagValue(),
                "the build starts test JVMs with " + HugeMethodCheck.JVM_OPTION);
    }
}
