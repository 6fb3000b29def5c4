package org.newspipeline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code news-pipeline} launcher's main class. Exit codes: 0 when every input was annotated, 1 when some failed,
 * 2 for a usage error, 130 after Ctrl-C.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.system();
        CommandLine cli = NewsPipelineCommand.commandLine(env);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        env.cancellation().finished();
        if (!env.cancellation().isCancelled()) {
            // After Ctrl-C the JVM is already shutting down: System.exit would block, and the exit code is 130.
            System.exit(code);
        }
    }
}
