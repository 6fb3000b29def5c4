package org.newspipeline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newspipeline.NewsPipeline;

/**
 * Annotates an archive of articles on Spark and writes the annotated rows (and, on request, the quotes table).
 *
 * <pre>
 * AnnotateJob --input PATH --output PATH [--format text|html] [--input-format auto|jsonl|parquet|files]
 *             [--output-format parquet|jsonl] [--quotes PATH] [--text-column NAME] [--key-column NAME]
 *             [--partitions N] [--max-input-chars N] [--batch-size N] [--overwrite]
 * </pre>
 *
 * <ul>
 *   <li>Input: JSON lines or Parquet with a text column ({@code --text-column}, default {@code text}) and a key
 *       column ({@code --key-column}, default {@code id}; a row number when the input has none), or a folder of
 *       files, one article per file, read as UTF-8, the file name as key (column {@code file}) and the content
 *       as text. {@code auto} (the default) picks by the names of the files: {@code .parquet}, {@code .jsonl},
 *       {@code .json} or {@code .ndjson}, anything else a folder of articles.</li>
 *   <li>{@code --format html} reads each text as an HTML page ({@code annotateHtml}).</li>
 *   <li>{@code --partitions N} spreads the articles over N partitions by the length of their text, the longest
 *       first ({@link NewsPipelineSpark#balanced}); without it Spark's own split of the input stays.</li>
 *   <li>Output: the input's columns and the annotation columns ({@link ArticleSchema}), as Parquet (default) or
 *       JSON lines; {@code --quotes PATH} also writes the quotes table ({@link NewsPipelineSpark#quotesTable}),
 *       in the same format, read back from the written output so nothing is annotated twice.</li>
 *   <li>Rows that cannot be annotated keep their error in the {@code error} column; the job still succeeds and
 *       prints how many there were. Exit code 0 when the job ran, 2 for a usage error.</li>
 * </ul>
 * Run it with {@code spark-submit --class org.newspipeline.spark.AnnotateJob}; started without a master (plain
 * {@code java}) it runs on {@code local[*]}.
 */
public final class AnnotateJob {

    private AnnotateJob() {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("AnnotateJob: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        SparkConf conf = new SparkConf().setAppName("news-pipeline AnnotateJob");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            run(spark, options, System.out);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job on a session.
     *
     * @param spark   the session
     * @param args    the job's arguments, as for {@link #main(String[])}
     * @param out     where the summary goes
     * @return the counters of the run
     * @throws IllegalArgumentException for a usage error
     */
    public static AnnotationCounters run(SparkSession spark, String[] args, PrintStream out) {
        return run(spark, Options.parse(args), out);
    }

    private static AnnotationCounters run(SparkSession spark, Options o, PrintStream out) {
        long start = System.nanoTime();
        Dataset<Row> input = read(spark, o);
        if (o.partitions > 0) {
            input = NewsPipelineSpark.balanced(input, o.textColumn, o.partitions);
        }
        SparkAnnotator annotator = NewsPipelineSpark.annotator(spark).withMaxInputChars(o.maxInputChars)
                .withBatchSize(o.batchSize);
        Dataset<Row> annotated = o.html ? annotator.annotateHtml(input, o.textColumn)
                : annotator.annotate(input, o.textColumn);
        write(annotated, o, o.output);
        AnnotationCounters counters = annotator.counters();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Annotated %d of %d articles in %.1f s (%.1f articles/s); %d failed%n",
                counters.annotated(), counters.rows(), seconds, counters.rows() / seconds, counters.failed());
        out.println("Counters: " + counters);
        out.println("Output: " + o.output);
        if (o.quotes != null) {
            Dataset<Row> written = o.jsonOutput ? spark.read().json(o.output) : spark.read().parquet(o.output);
            write(NewsPipelineSpark.quotesTable(written, o.keyColumn), o, o.quotes);
            out.println("Quotes: " + o.quotes);
        }
        return counters;
    }

    private static void write(Dataset<Row> rows, Options o, String path) {
        var writer = rows.write().mode(o.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (o.jsonOutput) {
            writer.json(path);
        } else {
            writer.parquet(path);
        }
    }

    private static Dataset<Row> read(SparkSession spark, Options o) {
        String format = o.inputFormat.equals("auto") ? detect(spark, o.input) : o.inputFormat;
        if (o.keyColumn == null) {
            o.keyColumn = format.equals("files") ? "file" : "id";
        }
        Dataset<Row> rows;
        switch (format) {
            case "files":
                return spark.read().option("wholetext", "true").option("recursiveFileLookup", "true")
                        .text(o.input)
                        .select(col("_metadata.file_name").as(o.keyColumn), col("value").as(o.textColumn));
            case "jsonl":
                rows = spark.read().json(o.input);
                break;
            case "parquet":
                rows = spark.read().parquet(o.input);
                break;
            default:
                throw new IllegalArgumentException("Unknown input format '" + format + "'");
        }
        if (!Arrays.asList(rows.columns()).contains(o.textColumn)) {
            throw new IllegalArgumentException("The input has no column '" + o.textColumn + "' (columns: "
                    + String.join(", ", rows.columns()) + "); name it with --text-column");
        }
        if (!Arrays.asList(rows.columns()).contains(o.keyColumn)) {
            rows = rows.withColumn(o.keyColumn, monotonically_increasing_id().cast("string"));
        }
        return rows;
    }

    /** jsonl, parquet or files, from the names of the input's files. */
    static String detect(SparkSession spark, String input) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            List<String> names = new ArrayList<>();
            FileStatus status = fs.getFileStatus(path);
            if (status.isFile()) {
                names.add(path.getName());
            } else {
                for (FileStatus child : fs.listStatus(path)) {
                    String name = child.getPath().getName();
                    if (child.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        names.add(name);
                    }
                }
            }
            if (!names.isEmpty() && names.stream().allMatch(n -> n.endsWith(".parquet"))) {
                return "parquet";
            }
            if (!names.isEmpty() && names.stream().allMatch(
                    n -> n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson"))) {
                return "jsonl";
            }
            return "files";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + input, e);
        }
    }

    /** The parsed command line. */
    static final class Options {

        static final String USAGE = "usage: AnnotateJob --input PATH --output PATH [--format text|html]"
                + " [--input-format auto|jsonl|parquet|files] [--output-format parquet|jsonl] [--quotes PATH]"
                + " [--text-column NAME] [--key-column NAME] [--partitions N] [--max-input-chars N]"
                + " [--batch-size N] [--overwrite]";

        String input;
        String output;
        String quotes;
        boolean html;
        String inputFormat = "auto";
        boolean jsonOutput;
        String textColumn = "text";
        String keyColumn;   // null: "file" for a folder of articles, else "id"
        int partitions;
        int maxInputChars = NewsPipeline.DEFAULT_MAX_INPUT_CHARS;
        int batchSize = SparkAnnotator.DEFAULT_BATCH_SIZE;
        boolean overwrite;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--overwrite")) {
                    o.overwrite = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value"
                            : "unexpected argument '" + arg + "'");
                }
                String value = args[++i];
                switch (arg) {
                    case "--input" -> o.input = value;
                    case "--output" -> o.output = value;
                    case "--quotes" -> o.quotes = value;
                    case "--format" -> o.html = choice(arg, value, "text", "html").equals("html");
                    case "--input-format" -> o.inputFormat = choice(arg, value, "auto", "jsonl", "parquet", "files");
                    case "--output-format" -> o.jsonOutput = choice(arg, value, "parquet", "jsonl").equals("jsonl");
                    case "--text-column" -> o.textColumn = value;
                    case "--key-column" -> o.keyColumn = value;
                    case "--partitions" -> o.partitions = positive(arg, value);
                    case "--max-input-chars" -> o.maxInputChars = positive(arg, value);
                    case "--batch-size" -> o.batchSize = positive(arg, value);
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            if (o.input == null || o.output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            return o;
        }

        private static String choice(String option, String value, String... allowed) {
            if (!Arrays.asList(allowed).contains(value)) {
                throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed)
                        + ", not '" + value + "'");
            }
            return value;
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a whole number of at least 1, not '" + value + "'");
        }
    }
}
