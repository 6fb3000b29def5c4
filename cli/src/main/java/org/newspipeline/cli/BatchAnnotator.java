package org.newspipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.newspipeline.model.Article;

/**
 * Reads and annotates inputs on a fixed pool of threads sharing one pipeline, and hands the results on in input
 * order. At most {@code 2 * threads} articles are in flight, so memory does not grow with the number of inputs.
 * Between results it checks the {@link Cancellation}; once set, nothing new starts and the results not yet handed
 * on are dropped. One instance runs one batch.
 */
final class BatchAnnotator {

    /** Receives each result, in input order, on the thread that called {@link #run}. */
    @FunctionalInterface
    interface ResultHandler {
        /**
         * @param result the next result
         * @throws IOException if writing it fails, which stops the batch
         */
        void accept(Result result) throws IOException;
    }

    private static final long POLL_MILLIS = 100;

    private final ArticleAnnotator annotator;
    private final InputReader reader;
    private final InputStream stdin;
    private final int threads;
    private final Cancellation cancellation;

    BatchAnnotator(ArticleAnnotator annotator, InputReader reader, InputStream stdin, int threads,
                   Cancellation cancellation) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.annotator = annotator;
        this.reader = reader;
        this.stdin = stdin;
        this.threads = threads;
        this.cancellation = cancellation;
    }

    /**
     * @param inputs  the inputs
     * @param handler receives the results in input order
     * @return true if every input was handed on, false if the batch was cancelled first
     * @throws IOException if the handler failed
     */
    boolean run(List<Input> inputs, ResultHandler handler) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Result>> inFlight = new ArrayDeque<>();
            Iterator<Input> next = inputs.iterator();
            while (!cancellation.isCancelled()) {
                while (inFlight.size() < 2 * threads && next.hasNext()) {
                    Input input = next.next();
                    inFlight.add(pool.submit(() -> process(input)));
                }
                if (inFlight.isEmpty()) {
                    return true;
                }
                Result result = await(inFlight.peek());
                if (result != null) {
                    inFlight.poll();
                    handler.accept(result);
                }
            }
            return false;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the result, or null if it is not ready yet or the run was cancelled while waiting */
    private Result await(Future<Result> future) {
        try {
            return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            return null;
        } catch (ExecutionException e) {
            // process() catches everything but the Errors that leave the JVM unusable; let those through.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Result process(Input input) {
        long start = System.nanoTime();
        try {
            String content = reader.read(input, stdin);
            Article article = annotator.annotate(input, content);
            return Result.ok(input, article, millisSince(start));
        } catch (InputException e) {
            return Result.failed(input, e.getMessage(), millisSince(start));
        } catch (IllegalArgumentException e) {
            return Result.failed(input, "too large: " + e.getMessage(), millisSince(start));
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) {
                throw e; // an internal error of the JVM: nothing after it can be trusted
            }
            // The article's own stack or heap is gone with the error; the pipeline holds no state of it.
            return Result.failed(input, "annotation failed: " + describe(e), millisSince(start));
        } catch (Throwable e) {
            // Any other exception or error of one article (an assertion, a class that failed to initialise, a
            // checked exception thrown through) leaves the pipeline as usable as before: report it, go on.
            return Result.failed(input, "annotation failed: " + describe(e), millisSince(start));
        }
    }

    /** A one-line reason: the error and its message, with a hint for the errors that say too little. */
    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return e + " (the article nests too deeply for the thread's stack)";
        }
        if (e instanceof OutOfMemoryError) {
            return e + " (the article needs more memory than the JVM has; raise -Xmx)";
        }
        return e.toString();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "annotate-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
