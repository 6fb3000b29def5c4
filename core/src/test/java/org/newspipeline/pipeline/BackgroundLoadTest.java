package org.newspipeline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {

    @Test
    void givesWhatTheLoaderLoadedOnAnotherThread() {
        Thread caller = Thread.currentThread();
        BackgroundLoad<Thread> load = BackgroundLoad.start("test model", Thread::currentThread);
        Thread loader = load.join();
        assertTrue(loader != caller, "loaded on the calling thread");
        assertEquals("news-pipeline-load-test-model", loader.getName());
    }

    @Test
    void rethrowsTheLoadersOwnException() {
        IllegalStateException missing = new IllegalStateException("missing resource");
        BackgroundLoad<String> load = BackgroundLoad.start("test model", () -> {
            throw missing;
        });
        assertSame(missing, assertThrows(IllegalStateException.class, load::join));
    }

    @Test
    void anInterruptedWaitFailsAndKeepsTheInterrupt() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        BackgroundLoad<String> load = BackgroundLoad.start("test model", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        Thread.currentThread().interrupt();
        try {
            assertThrows(IllegalStateException.class, load::join);
            assertTrue(Thread.interrupted(), "interrupt flag cleared");
        } finally {
            never.countDown();
        }
    }
}
