package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.slf4j.Logger;

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

    @Test
    void theAdviceComesFromTheLibrarysPublicLogger() {
        assertEquals(NewsPipeline.class.getName(), HugeMethodCheck.LOGGER_NAME);
    }

    @Test
    void theAdviceIsLoggedOnceAtWarnEvenWhenManyThreadsBuildPipelines() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        HugeMethodCheck check = new HugeMethodCheck(true, recording(calls));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = IntStream.range(0, 16).mapToObj(i -> pool.submit(check::advise)).toList();
            int logged = 0;
            for (Future<Boolean> run : runs) {
                logged += run.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, logged);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, calls.size(), calls.toString());
        assertTrue(calls.get(0).startsWith("warn ") && calls.get(0).contains(HugeMethodCheck.JVM_OPTION),
                calls.get(0));
        assertFalse(check.advise(), "never again");
    }

    @Test
    void aJvmThatCompilesHugeMethodsGetsNoAdvice() {
        List<String> calls = new CopyOnWriteArrayList<>();
        HugeMethodCheck check = new HugeMethodCheck(false, recording(calls));
        assertFalse(check.advise());
        assertEquals(List.of(), calls);
    }

    /** A logger that records each call as its method name and arguments. */
    private static Logger recording(List<String> calls) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (method.getReturnType() == void.class) {
                        calls.add(method.getName() + " " + (args == null ? "" : List.of(args)));
                        return null;
                    }
                    return method.getName().equals("getName") ? "recording" : null;
                });
    }
}
