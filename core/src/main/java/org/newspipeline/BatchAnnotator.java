package org.newspipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one shared, thread-safe annotate function over a list of texts on a fixed number of threads and returns
 * the results in input order. Package-private: users reach it through
 * {@link ArticlePipeline#annotateAll(List, int)}.
 *
 * <p>Every text is checked before any work starts (null, longer than the limit), so a bad input fails fast and
 * names its index. A failure while annotating skips the texts not yet started and is reported, with the index of
 * the first failing text in input order, as a {@link BatchAnnotationException}. On several threads the texts
 * start longest first, so the batch does not end with one thread annotating a long text alone. Stateless and
 * thread-safe; each call makes its own threads and stops them before it returns.
 */
final class BatchAnnotator {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private BatchAnnotator() {
    }

    static <R> List<R> annotateAll(List<String> texts, int threads, int maxInputChars,
                                   Function<String, R> annotate) {
        Objects.requireNonNull(texts, "texts must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        List<String> inputs = checked(texts, maxInputChars);
        int poolSize = Math.min(threads, inputs.size());
        return poolSize <= 1 ? sequential(inputs, annotate) : parallel(inputs, poolSize, annotate);
    }

    /** A copy of the texts, each checked against the input contract of {@link ArticlePipeline#annotate}. */
    private static List<String> checked(List<String> texts, int maxInputChars) {
        List<String> inputs = new ArrayList<>(texts.size());
        for (String text : texts) {
            int index = inputs.size();
            if (text == null) {
                throw new NullPointerException("texts[" + index + "] is null");
            }
            if (text.length() > maxInputChars) {
                throw new IllegalArgumentException("texts[" + index + "] has " + text.length()
                        + " chars, over the limit of " + maxInputChars
                        + " chars; raise it with NewsPipeline.builder().maxInputChars(...)");
            }
            inputs.add(text);
        }
        return inputs;
    }

    private static <R> List<R> sequential(List<String> inputs, Function<String, R> annotate) {
        List<R> results = new ArrayList<>(inputs.size());
        for (String input : inputs) {
            try {
                results.add(annotate.apply(input));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new BatchAnnotationException(results.size(), inputs.size(), e);
            }
        }
        return List.copyOf(results);
    }

    private static <R> List<R> parallel(List<String> inputs, int poolSize, Function<String, R> annotate) {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, threadFactory());
        try {
            List<Future<R>> futures = new ArrayList<>(Collections.nCopies(inputs.size(), null));
            AtomicBoolean failed = new AtomicBoolean();
            for (int index : longestFirst(inputs)) {
                String input = inputs.get(index);
                futures.set(index, pool.submit(() -> failed.get() ? null : failFast(annotate, input, failed)));
            }
            List<R> results = new ArrayList<>(inputs.size());
            for (Future<R> future : futures) {
                results.add(resultOf(future, results.size(), inputs.size()));
            }
            return List.copyOf(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("Interrupted while annotating "
                    + inputs.size() + " texts; the unfinished ones were cancelled");
            cancelled.initCause(e);
            throw cancelled;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one text and marks the batch failed if it throws, so the texts not yet started are skipped. */
    private static <R> R failFast(Function<String, R> annotate, String input, AtomicBoolean failed) {
        try {
            return annotate.apply(input);
        } catch (RuntimeException | Error e) {
            failed.set(true);
            throw e;
        }
    }

    /**
     * The indices of the texts, longest first. Work grows with length, so starting the long texts first keeps one
     * thread from annotating a long text alone at the end while the others have nothing left to do.
     */
    static List<Integer> longestFirst(List<String> inputs) {
        List<Integer> order = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> inputs.get(i).length()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    private static <R> R resultOf(Future<R> future, int index, int count) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error && !isArticleError(error)) {
                throw error;
            }
            throw new BatchAnnotationException(index, count, cause);
        }
    }

    /**
     * A stack overflow or an out-of-memory error while annotating one text belongs to that text: its stack and
     * heap are gone with it, and the pipeline keeps no state of it, so it is reported like any other failure.
     */
    private static boolean isArticleError(Error e) {
        return e instanceof StackOverflowError || e instanceof OutOfMemoryError;
    }

    private static ThreadFactory threadFactory() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "news-pipeline-batch-" + pool + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
