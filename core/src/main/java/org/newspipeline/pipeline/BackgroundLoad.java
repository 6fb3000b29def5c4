package org.newspipeline.pipeline;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A model or word list loaded on a thread of its own while the caller loads others: building a pipeline reads
 * several resources that do not depend on each other, and a machine with more than one core reads them at once. The
 * thread is a daemon; {@link #join} gives the result or the failure as the loader threw it.
 *
 * @param <T> what is loaded
 */
public final class BackgroundLoad<T> {

    private final String what;
    private final FutureTask<T> task;

    private BackgroundLoad(String what, Supplier<T> loader) {
        this.what = what;
        this.task = new FutureTask<>(loader::get);
    }

    /**
     * Starts loading.
     *
     * @param what   what is loaded, for the thread's name and messages ("attribution tagger")
     * @param loader loads it
     * @param <T>    what is loaded
     * @return the load under way
     */
    public static <T> BackgroundLoad<T> start(String what, Supplier<T> loader) {
        BackgroundLoad<T> load = new BackgroundLoad<>(Objects.requireNonNull(what, "what"),
                Objects.requireNonNull(loader, "loader"));
        Thread thread = new Thread(load.task, "news-pipeline-load-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return load;
    }

    /**
     * Waits for the load to finish.
     *
     * @return what was loaded
     * @throws RuntimeException      the loader's own unchecked exception or error, unwrapped
     * @throws IllegalStateException if the waiting thread is interrupted (its interrupt flag is set again)
     */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Cannot load the " + what + ": " + cause, cause);
        }
    }
}
