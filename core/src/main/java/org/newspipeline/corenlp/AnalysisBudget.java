package org.newspipeline.corenlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How much more tagging one article may get. {@link #forChars} gives the pipeline's budget: {@value #BASE_MILLIS}
 * ms of processor time plus {@value #MICROS_PER_CHAR} microseconds per char of the text. News prose is tagged in
 * well under half of that; what reaches the bound is text made to be slow (hundreds of thousands of one-letter or
 * unknown words), whose tagging cost per char is many times that of prose. Not thread-safe: one budget per article,
 * used by the thread that analyses it.
 */
@FunctionalInterface
interface AnalysisBudget {

    long BASE_MILLIS = 2_000;
    long MICROS_PER_CHAR = 30;

    /** @return whether the budget is used up, so no more sentences are to be tagged */
    boolean spent();

    /**
     * Starts the clock for a text of {@code chars} chars. The clock is the calling thread's CPU time where the JVM
     * offers it, so a busy machine does not shrink the budget; wall-clock time otherwise.
     */
    static AnalysisBudget forChars(int chars) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long limit = (BASE_MILLIS * 1_000 + MICROS_PER_CHAR * (long) chars) * 1_000;
        long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        return () -> (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start > limit;
    }
}
