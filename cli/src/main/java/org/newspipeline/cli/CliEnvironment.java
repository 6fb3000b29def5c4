package org.newspipeline.cli;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.newspipeline.NewsPipeline;

/**
 * What the command takes from the process it runs in, so that tests can run it in-process: standard input, the
 * annotator (the pipeline, or a stand-in that fails on purpose), whether standard error is a terminal and how
 * wide, and the Ctrl-C signal. Standard output and error are picocli's {@code CommandLine.getOut()} and {@code getErr()}.
 *
 * @param stdin           what {@code -} reads
 * @param annotator       gives what annotates, called once per run after the inputs and --out are checked (the
 *                        default pipeline is built on first use)
 * @param stderrTerminal  true when standard error is a terminal, which turns the progress bar and the "loading"
 *                        line on
 * @param columns         the terminal's width, asked only when standard error is a terminal
 * @param cancellation    set when the user presses Ctrl-C
 */
record CliEnvironment(InputStream stdin, Supplier<ArticleAnnotator> annotator, BooleanSupplier stderrTerminal,
                      IntSupplier columns, Cancellation cancellation) {

    CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(stderrTerminal, "stderrTerminal");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** @return the environment of a real process: System.in, the shared default pipeline, a Ctrl-C hook */
    static CliEnvironment system() {
        return new CliEnvironment(System.in, () -> ArticleAnnotator.of(NewsPipeline.defaultPipeline()),
                Terminal::stderrIsTerminal, Terminal::columns, Cancellation.onInterrupt());
    }
}
