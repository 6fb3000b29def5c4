package org.newspipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newspipeline.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code news-pipeline annotate}: annotates files, folders and standard input, and writes the articles to standard
 * output or one file each into a folder. Exit code 0 when every input was annotated, 1 when some failed, 2 for a
 * usage error, 130 when stopped by Ctrl-C.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        versionProvider = NewsPipelineCommand.Version.class,
        description = {
            "Finds the quotes in news articles and who said them.",
            "INPUT is a file, a folder (searched recursively for --glob, by default *.txt, *.html and *.htm) or "
                    + "'-' for standard input. Files are read as UTF-8; .html and .htm files as HTML pages.",
            "Symbolic links are followed (a link back to a folder above it is reported and skipped; a file reached "
                    + "twice is read once). Only regular files are read: a fifo, device or socket is reported and "
                    + "skipped. Output names are escaped so that every file is written inside --out."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  news-pipeline annotate article.txt",
            "      print a readable report: body, quotes with speakers, entities",
            "  news-pipeline annotate --out out/ articles/",
            "      write out/NAME.json for every article under articles/",
            "  news-pipeline annotate --format quotes-csv --threads 2 articles/ > quotes.csv",
            "      one spreadsheet row per quote",
            "  news-pipeline annotate --format html --out pages/ articles/",
            "      one page per article, quotes highlighted in their speakers' colours",
            "  news-pipeline annotate --html --format jsonl - < page.html",
            "      an HTML page from standard input, as one line of JSON",
            "",
            "Exit status: 0 all inputs annotated, 1 some failed (each reported on stderr), 2 usage error, "
                    + "130 interrupted."})
final class AnnotateCommand implements Callable<Integer> {

    /** The exit code after Ctrl-C: 128 + SIGINT, as shells report it. */
    static final int EXIT_INTERRUPTED = 130;

    @Spec
    private CommandSpec spec;

    @Option(names = "--html", description = "Read every input, standard input included, as an HTML page.")
    private boolean html;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = ArticleFormat.Converter.class,
            completionCandidates = ArticleFormat.Labels.class,
            description = "text, json, jsonl, quotes-csv or html. Default: text on standard output, json with --out.")
    private ArticleFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write one file per input into DIR (NAME.json, or NAME.html with --format html), keeping "
                    + "the sub-folders of folder inputs, instead of writing to standard output.")
    private Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", defaultValue = "1",
            description = "Annotate N articles at a time, sharing one pipeline; output keeps the input order. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int threads;

    @Option(names = "--glob", paramLabel = "GLOB", defaultValue = InputCollector.DEFAULT_GLOB,
            description = "Which files to take from folders, by file name. Default: ${DEFAULT-VALUE}.")
    private String glob;

    @ArgGroup(exclusive = true)
    private Verbosity verbosity = new Verbosity();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders, or '-' for standard input.")
    private List<String> inputs;

    private final CliEnvironment env;

    AnnotateCommand(CliEnvironment env) {
        this.env = env;
    }

    /** {@code --quiet} and {@code --verbose}, which exclude each other. */
    static final class Verbosity {
        @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but the errors.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print a line per input and the pipeline's log.")
        boolean verbose;
    }

    @Override
    public Integer call() throws IOException {
        ArticleFormat chosen = format != null ? format : (out != null ? ArticleFormat.JSON : ArticleFormat.TEXT);
        if (threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        if (out != null && !chosen.writesFiles()) {
            throw usage("--format " + chosen + " streams to standard output; with --out use json or html");
        }
        if (verbosity.verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.newspipeline", "info");
        }
        List<Input> collected = collect();
        if (collected.isEmpty()) {
            err().println("news-pipeline: no input file matched " + glob);
            return 1;
        }
        if (out == null && chosen.onePerStream() && collected.size() > 1) {
            throw usage("--format " + chosen + " writes one page per article: give --out DIR for "
                    + collected.size() + " inputs");
        }
        OutputSink folder = out != null ? folderSink(chosen) : null;
        ArticleAnnotator annotator;
        try {
            annotator = env.annotator().get();
        } catch (RuntimeException | LinkageError e) {
            err().println("news-pipeline: cannot load the pipeline: " + e);
            err().flush();
            return 1;
        }
        return new Run(annotator, collected, chosen, folder).execute();
    }

    /** The output folder, checked and created before the models load, so that a bad --out costs no time. */
    private OutputSink folderSink(ArticleFormat chosen) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + out + " is a file, not a folder");
        }
        FolderSink sink;
        try {
            sink = new FolderSink(out, chosen);
        } catch (IOException e) {
            throw usage("cannot create the --out folder " + out + ": " + reason(e));
        }
        if (!Files.isWritable(out)) {
            throw usage("cannot write into the --out folder " + out + ": permission denied");
        }
        return sink;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way at " + e.getMessage();
        }
        return e.getMessage();
    }

    private List<Input> collect() {
        try {
            return new InputCollector(glob, html).collect(inputs);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (UncheckedIOException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** One run over the collected inputs: counts, progress, messages. */
    private final class Run {
        private final ArticleAnnotator annotator;
        private final List<Input> inputs;
        private final ArticleFormat format;
        private final ProgressBar progress;
        private final OutputSink folder;
        private int done;
        private int failed;
        private int quotes;

        Run(ArticleAnnotator annotator, List<Input> inputs, ArticleFormat format, OutputSink folder) {
            this.annotator = annotator;
            this.folder = folder;
            this.inputs = inputs;
            this.format = format;
            boolean showProgress = inputs.size() > 1 && !verbosity.quiet && !verbosity.verbose
                    && env.stderrTerminal().getAsBoolean();
            this.progress = showProgress ? new ProgressBar(err(), inputs.size(), System::nanoTime) : null;
        }

        int execute() throws IOException {
            long start = System.nanoTime();
            InputReader reader = new InputReader(4L * annotator.maxInputChars());
            BatchAnnotator batch = new BatchAnnotator(annotator, reader, env.stdin(), threads, env.cancellation());
            boolean complete;
            try (OutputSink sink = folder != null ? folder
                    : new StreamSink(format.renderer(), spec.commandLine().getOut(), inputs.size())) {
                complete = batch.run(inputs, result -> handle(result, sink));
            } finally {
                if (progress != null) {
                    progress.finish();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!complete) {
                err().printf("news-pipeline: interrupted after %d of %d inputs; the files written are complete%n",
                        done, inputs.size());
                err().flush();
                return EXIT_INTERRUPTED;
            }
            if (!verbosity.quiet && (inputs.size() > 1 || failed > 0 || verbosity.verbose)) {
                err().printf("Annotated %d of %d inputs%s: %d quotes in %.1f s%s%n", done - failed, inputs.size(),
                        failed > 0 ? " (" + failed + " failed)" : "", quotes, seconds,
                        out != null ? ", written to " + out : "");
            }
            err().flush();
            return failed > 0 ? 1 : 0;
        }

        private void handle(Result result, OutputSink sink) {
            done++;
            Input input = result.input();
            if (result.article().isPresent()) {
                Article article = result.article().get();
                try {
                    sink.write(input, article);
                    quotes += article.quotes().size();
                    if (verbosity.verbose) {
                        message(String.format("%s: %d quotes, %d speakers (%d ms)", Printable.of(input.name()),
                                article.quotes().size(), article.speakers().size(), result.millis()));
                    }
                } catch (IOException e) {
                    fail(input, "cannot write the output: " + e.getMessage());
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    fail(input, "cannot render the article: " + BatchAnnotator.describe(e));
                }
            } else {
                fail(input, result.error().orElseThrow());
            }
            if (progress != null) {
                progress.update(done, failed);
            }
        }

        private void fail(Input input, String reason) {
            failed++;
            message("news-pipeline: " + Printable.of(input.name() + ": " + reason));
        }

        private void message(String line) {
            if (progress != null) {
                progress.clear();
            }
            err().println(line);
            err().flush();
        }
    }
}
