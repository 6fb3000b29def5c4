package org.newspipeline.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import picocli.CommandLine;

/** Runs the command in-process with captured streams, on the shared default pipeline unless told otherwise. */
final class CliRunner {

    /** What a run gave. */
    record Outcome(int exitCode, String out, String err) {
    }

    private String stdin = "";
    private boolean terminal;
    private int columns = 80;
    private Cancellation cancellation = Cancellation.manual();
    private Supplier<ArticleAnnotator> annotator = () -> ArticleAnnotator.of(NewsPipeline.defaultPipeline());

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRunner stderrIsTerminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    CliRunner columns(int columns) {
        this.columns = columns;
        return this;
    }

    CliRunner pipeline(Supplier<ArticlePipeline> pipeline) {
        this.annotator = () -> ArticleAnnotator.of(pipeline.get());
        return this;
    }

    CliRunner annotator(ArticleAnnotator annotator) {
        this.annotator = () -> annotator;
        return this;
    }

    CliRunner cancellation(Cancellation cancellation) {
        this.cancellation = cancellation;
        return this;
    }

    Outcome run(String... args) {
        CliEnvironment env = new CliEnvironment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                annotator, () -> terminal, () -> columns, cancellation);
        CommandLine cli = NewsPipelineCommand.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
