package org.newspipeline;

/**
 * Thrown by {@link ArticlePipeline#annotateAll(java.util.List, int)} when annotating one of the texts fails. It
 * names the index of the first failing text in input order and carries the original exception as its cause; the
 * texts not yet started were cancelled. Bad input (null, too long) is refused before any work starts with the
 * exceptions {@link ArticlePipeline#annotate(String)} documents, not with this one.
 */
public final class BatchAnnotationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;

    BatchAnnotationException(int index, int count, Throwable cause) {
        super("Annotating texts[" + index + "] (of " + count + ") failed: " + cause, cause);
        this.index = index;
    }

    /** @return the index, in the input list, of the first text whose annotation failed */
    public int index() {
        return index;
    }
}
