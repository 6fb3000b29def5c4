package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The batch runner on stand-in annotate functions: order, threads, input checks and failures. */
class BatchAnnotatorTest {

    private static final int NO_LIMIT = Integer.MAX_VALUE;

    @Test
    void resultsKeepInputOrderWhenLaterTextsFinishFirst() {
        // The first texts are the shortest and sleep longest: the longer ones behind them start and finish first.
        List<String> texts = List.of("a", "bb", "ccc", "dddd", "eeeee", "ffffff");
        Function<String, String> slowFirst = text -> {
            sleep(10L * (7 - text.length()));
            return text.toUpperCase();
        };
        assertEquals(List.of("A", "BB", "CCC", "DDDD", "EEEEE", "FFFFFF"),
                BatchAnnotator.annotateAll(texts, 2, NO_LIMIT, slowFirst));
    }

    @Test
    void theLongestTextsAreSubmittedFirstTiesInInputOrder() {
        List<String> texts = List.of("bb", "a", "dddd", "ccc", "eeeee", "dddd");
        assertEquals(List.of(4, 2, 5, 3, 0, 1), BatchAnnotator.longestFirst(texts));
    }

    @Test
    void twoThreadsReallyRunAtTheSameTime() {
        // Each call waits until two calls are in progress; on one thread this would time out.
        CountDownLatch bothStarted = new CountDownLatch(2);
        Function<String, Boolean> meet = text -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(List.of(true, true), BatchAnnotator.annotateAll(List.of("x", "y"), 2, NO_LIMIT, meet));
    }

    @Test
    void oneThreadRunsInTheCallingThread() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        BatchAnnotator.annotateAll(List.of("x", "y", "z"), 1, NO_LIMIT, text -> seen.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), seen);
    }

    @Test
    void moreThreadsThanTextsAndAnEmptyListAreFine() {
        assertEquals(List.of(1, 2), BatchAnnotator.annotateAll(List.of("a", "bb"), 8, NO_LIMIT, String::length));
        assertEquals(List.of(), BatchAnnotator.annotateAll(List.of(), 2, NO_LIMIT, String::length));
    }

    @Test
    void theResultIsUnmodifiable() {
        List<Integer> result = BatchAnnotator.annotateAll(List.of("a", "bb", "c"), 2, NO_LIMIT, String::length);
        assertThrows(UnsupportedOperationException.class, () -> result.add(3));
    }

    @Test
    void aNullTextIsRefusedBeforeAnyWorkNamingItsIndex() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> BatchAnnotator.annotateAll(Arrays.asList("a", "b", null, "d"), 2, NO_LIMIT, calls::add));
        assertEquals("texts[2] is null", e.getMessage());
        assertTrue(calls.isEmpty(), "nothing may be annotated before the check: " + calls);
    }

    @Test
    void aTextOverTheLimitIsRefusedBeforeAnyWorkNamingIndexLengthAndLimit() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchAnnotator.annotateAll(List.of("short", "much too long"), 2, 5, calls::add));
        assertTrue(e.getMessage().startsWith("texts[1] has 13 chars, over the limit of 5 chars"), e.getMessage());
        assertTrue(calls.isEmpty());
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchAnnotator.annotateAll(List.of("a"), 0, NO_LIMIT, String::length));
        assertEquals("threads must be at least 1, got 0", e.getMessage());
        assertThrows(NullPointerException.class, () -> BatchAnnotator.annotateAll(null, 1, NO_LIMIT, String::length));
    }

    @Test
    void aFailureNamesTheFailingIndexAndKeepsTheCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        Function<String, String> failOnC = text -> {
            if (text.equals("c")) {
                throw boom;
            }
            return text;
        };
        for (int threads : new int[] {1, 2}) {
            BatchAnnotationException e = assertThrows(BatchAnnotationException.class,
                    () -> BatchAnnotator.annotateAll(List.of("a", "b", "c", "d"), threads, NO_LIMIT, failOnC));
            assertEquals(2, e.index(), "threads=" + threads);
            assertSame(boom, e.getCause());
            assertEquals("Annotating texts[2] (of 4) failed: java.lang.IllegalStateException: boom",
                    e.getMessage());
        }
    }

    @Test
    void theFirstFailureInInputOrderIsReportedEvenIfALaterOneHappensFirst() {
        // texts[1] fails after a pause, texts[3] as soon as texts[1] has started: the report names 1.
        CountDownLatch slowStarted = new CountDownLatch(1);
        Function<String, String> fail = text -> {
            if (text.equals("slow-fail")) {
                slowStarted.countDown();
                sleep(200);
                throw new IllegalStateException("slow");
            }
            if (text.equals("fast-fail")) {
                await(slowStarted);
                throw new IllegalStateException("fast");
            }
            return text;
        };
        BatchAnnotationException e = assertThrows(BatchAnnotationException.class, () -> BatchAnnotator.annotateAll(
                List.of("ok", "slow-fail", "ok", "fast-fail"), 2, NO_LIMIT, fail));
        assertEquals(1, e.index());
        assertEquals("slow", e.getCause().getMessage());
    }

    @Test
    void textsNotYetStartedAreSkippedAfterAFailure() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        String failing = "fail, the longest text, so it starts first";
        List<String> texts = new ArrayList<>(List.of(failing));
        for (int i = 0; i < 50; i++) {
            texts.add("later-" + i);
        }
        Function<String, String> failFirst = text -> {
            calls.add(text);
            if (text.equals(failing)) {
                throw new IllegalStateException("first");
            }
            sleep(20);
            return text;
        };
        assertThrows(BatchAnnotationException.class,
                () -> BatchAnnotator.annotateAll(texts, 2, NO_LIMIT, failFirst));
        sleep(100);
        assertFalse(calls.size() > 10, "texts after the failure should not all run: " + calls.size());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
