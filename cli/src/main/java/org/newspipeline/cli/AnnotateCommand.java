package org.newspipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            description = "text, json, jsonl, quotes-csv, attributions-csv or html. Default: text on standard output,"
                    + " json with --out.")
    private ArticleFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write one file per input into DIR (NAME.json, or NAME.html with --format html), keeping "
                    + "the sub-folders of folder inputs, instead of writing to standard output.")
    private Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Annotate N articles at a time, sharing one pipeline; output keeps the input order. "
                    + "Default: one per processor core, at most " + MAX_DEFAULT_THREADS + ".")
    private Integer threadsAsked;

    /** The most articles annotated at a time by default: each holds its own tagged text in the heap. */
    static final int MAX_DEFAULT_THREADS = 8;

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
        long start = System.nanoTime();
        ArticleFormat chosen = format != null ? format : (out != null ? ArticleFormat.JSON : ArticleFormat.TEXT);
        int threads = threadsAsked != null ? threadsAsked : defaultThreads();
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
        Run run = new Run(collected, chosen, folder, start, threads);
        List<Input> readable = run.checkInputs();
        ArticleAnnotator annotator = null;
        if (!readable.isEmpty()) {
            annotator = load();
            if (annotator == null) {
                return 1;
            }
        }
        return run.execute(annotator, readable);
    }

    /**
     * Loads the pipeline, saying so on a terminal, since it takes seconds.
     *
     * @return the annotator, or null when it cannot be loaded (reported)
     */
    private ArticleAnnotator load() {
        boolean announce = !verbosity.quiet && env.stderrTerminal().getAsBoolean();
        long start = System.nanoTime();
        if (announce) {
            err().print("Loading the language models...");
            if (verbosity.verbose) {
                err().println();
            }
            err().flush();
        }
        try {
            ArticleAnnotator annotator = env.annotator().get();
            if (announce) {
                err().printf(verbosity.verbose ? "Loaded the language models in %.1f s%n" : " done (%.1f s)%n",
                        (System.nanoTime() - start) / 1e9);
                err().flush();
            }
            return annotator;
        } catch (RuntimeException | LinkageError e) {
            if (announce && !verbosity.verbose) {
                err().println();
            }
            err().println("news-pipeline: cannot load the pipeline: " + e);
            err().flush();
            return null;
        }
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

    /**
     * One thread per processor core, at most {@link #MAX_DEFAULT_THREADS}: the second core that one thread would leave
     * to the JIT compiler is better spent on a second article (docs/benchmarks.md).
     */
    static int defaultThreads() {
        return Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
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

    /**
     * The closing line: {@code Annotated 84 of 84 inputs: 512 quotes in 26.1 s (3.2 s loading the models, 0.27 s
     * per article), written to out}.
     *
     * @param annotated     the inputs annotated
     * @param total         all inputs
     * @param failed        the inputs that failed
     * @param quotes        the quotes found
     * @param seconds       the whole run, loading included
     * @param loading       of which before the first article: checking the inputs and loading the models
     * @param annotating    of which reading, annotating and writing the articles
     * @param out           the output folder, or null
     * @return the line
     */
    static String summary(int annotated, int total, int failed, int quotes, double seconds, double loading,
                          double annotating, Path out) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Annotated %d of %d inputs", annotated,
                total));
        if (failed > 0) {
            s.append(" (").append(failed).append(" failed)");
        }
        s.append(String.format(Locale.ROOT, ": %d quote%s in %.1f s", quotes, quotes == 1 ? "" : "s", seconds));
        if (annotated > 0) {
            s.append(String.format(Locale.ROOT, " (%.1f s loading the models, %.2f s per article)", loading,
                    annotating / annotated));
        }
        if (out != null) {
            s.append(", written to ").append(out);
        }
        return s.toString();
    }

    /** One run over the collected inputs: counts, progress, messages. */
    private final class Run {
        private final List<Input> inputs;
        private final ArticleFormat format;
        private final OutputSink folder;
        private final long start;
        private final int threads;
        private ProgressBar progress;
        private int done;
        private int failed;
        private int unreadable;
        private int quotes;

        /**
         * @param start   when the command started, for the total time
         * @param threads how many articles to annotate at a time
         */
        Run(List<Input> inputs, ArticleFormat format, OutputSink folder, long start, int threads) {
            this.threads = threads;
            this.folder = folder;
            this.inputs = inputs;
            this.format = format;
            this.start = start;
        }

        /**
         * Reports at once, before the models load, the inputs that cannot be read (a missing file, a folder, a
         * device): each is counted as failed.
         *
         * @return the other inputs, in order
         */
        List<Input> checkInputs() {
            List<Input> readable = new ArrayList<>();
            for (Input input : inputs) {
                try {
                    InputReader.check(input);
                    readable.add(input);
                } catch (InputException e) {
                    done++;
                    unreadable++;
                    fail(input, e.getMessage());
                }
            }
            return readable;
        }

        /**
         * @param annotator what annotates; null when no input is left to annotate
         * @param readable  the inputs left after {@link #checkInputs()}
         */
        int execute(ArticleAnnotator annotator, List<Input> readable) throws IOException {
            long annotating = System.nanoTime();
            boolean showProgress = readable.size() > 1 && !verbosity.quiet && !verbosity.verbose
                    && env.stderrTerminal().getAsBoolean();
            boolean complete = true;
            try (OutputSink sink = folder != null ? folder
                    : new StreamSink(format.renderer(), spec.commandLine().getOut(), inputs.size())) {
                if (annotator != null) {
                    progress = showProgress ? new ProgressBar(err(), readable.size(), env.columns().getAsInt(),
                            System::nanoTime) : null;
                    InputReader reader = new InputReader(4L * annotator.maxInputChars());
                    BatchAnnotator batch = new BatchAnnotator(annotator, reader, env.stdin(), threads,
                            env.cancellation());
                    complete = batch.run(readable, result -> handle(result, sink));
                }
            } finally {
                if (progress != null) {
                    progress.finish();
                }
            }
            long end = System.nanoTime();
            if (!complete) {
                err().printf("news-pipeline: interrupted after %d of %d inputs; the files written are complete%n",
                        done, inputs.size());
                err().flush();
                return EXIT_INTERRUPTED;
            }
            if (!verbosity.quiet && (inputs.size() > 1 || failed > 0 || verbosity.verbose)) {
                err().println(summary(done - failed, inputs.size(), failed, quotes, (end - start) / 1e9,
                        (annotating - start) / 1e9, (end - annotating) / 1e9, out));
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
                progress.update(done - unreadable, failed - unreadable);
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
