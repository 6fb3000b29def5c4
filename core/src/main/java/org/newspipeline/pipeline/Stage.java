package org.newspipeline.pipeline;

/**
 * One step of the pipeline, typed in and out. Implementations are final, immutable after construction, keep
 * nothing between documents and are safe to share between threads.
 *
 * @param <I> what the stage reads
 * @param <O> what it returns (a new value; the input is left alone)
 */
public interface Stage<I, O> {

    /**
     * @param input the stage's input, never null
     * @return the stage's result, never null
     */
    O apply(I input);

    /** @return a short name for logs */
    String name();
}
