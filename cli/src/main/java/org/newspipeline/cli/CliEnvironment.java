package org.newspipeline.cli;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;

/**
 * What the command takes from the process it runs in, so that tests can run it in-process: standard input, the
 * pipeline, whether standard error is a terminal, and the Ctrl-C signal. Standard output and error are picocli's
 * {@code CommandLine.getOut()} and {@code getErr()}.
 *
 * @param stdin           what {@code -} reads
 * @param pipeline        gives the pipeline, called once per run (the default pipeline is built on first use)
 * @param stderrTerminal  true when standard error is a terminal, which turns the progress bar on
 * @param cancellation    set when the user presses Ctrl-C
 */
record CliEnvironment(InputStream stdin, Supplier<ArticlePipeline> pipeline, BooleanSupplier stderrTerminal,
                      Cancellation cancellation) {

    CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stderrTerminal, "stderrTerminal");
        Objects.requireNonNull(cancellation, "cancellation");
    }

    /** @return the environment of a real process: System.in, the shared default pipeline, a Ctrl-C hook */
    static CliEnvironment system() {
        return new CliEnvironment(System.in, NewsPipeline::defaultPipeline, Terminal::stderrIsTerminal,
                Cancellation.onInterrupt());
    }
}
