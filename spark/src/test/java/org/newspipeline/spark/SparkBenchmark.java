package org.newspipeline.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;

/**
 * Throughput of the Spark module against the library's batch API in one JVM: the same texts through
 * {@code annotateAll(texts, n)} and through {@link NewsPipelineSpark#annotate} on {@code local[n]}, for n = 1 and
 * 2, in turns after a warm-up (best of the rounds, and the median ratio of each pair of rounds), and the time to
 * the first annotated article in this fresh JVM. A
 * program, not a test (timings belong to a quiet machine, not to CI):
 *
 * <pre>
 * mvn -B -o -pl spark -am test-compile exec:exec@benchmark -Dbenchmark.args="FOLDER [ROUNDS] [PARTITIONS]"
 * </pre>
 * FOLDER holds one article per file (read as UTF-8); ROUNDS defaults to 3, PARTITIONS to 8.
 */
public final class SparkBenchmark {

    private static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);

    private SparkBenchmark() {
    }

    /**
     * @param args FOLDER [ROUNDS] [PARTITIONS]
     * @throws IOException if the folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: SparkBenchmark FOLDER [ROUNDS] [PARTITIONS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            texts.add(text);
            chars += text.length();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d chars, %d rounds, %d partitions, %d cores%n",
                texts.size(), chars, rounds, partitions, Runtime.getRuntime().availableProcessors());

        long jvmStart = System.nanoTime();
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        double[][] one = compare(pipeline, texts, 1, partitions, rounds, jvmStart);
        double[][] two = compare(pipeline, texts, 2, partitions, rounds, -1);

        report("annotateAll, 1 thread ", texts.size(), one[0]);
        report("Spark local[1]        ", texts.size(), one[1]);
        report("annotateAll, 2 threads", texts.size(), two[0]);
        report("Spark local[2]        ", texts.size(), two[1]);
        System.out.printf(Locale.ROOT, "Spark local[2] : local[1] = %.2f (annotateAll 2 : 1 threads = %.2f)%n",
                min(one[1]) / min(two[1]), min(one[0]) / min(two[0]));
        System.out.printf(Locale.ROOT, "Spark overhead against annotateAll: 1 thread %+.1f%%, 2 threads %+.1f%% "
                + "(best against best; median of the paired rounds %+.1f%%, %+.1f%%)%n",
                100 * (min(one[1]) / min(one[0]) - 1), 100 * (min(two[1]) / min(two[0]) - 1),
                100 * (medianRatio(one) - 1), 100 * (medianRatio(two) - 1));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after a full GC, Spark session closed, pipeline loaded: %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /**
     * Rounds of {@code annotateAll(texts, cores)} and of Spark on {@code local[cores]}, in turn, so that the
     * machine's changing load falls on both alike: {@code [batch seconds, spark seconds]}. jvmStart >= 0 also
     * prints the time to the first article through Spark in this JVM.
     */
    private static double[][] compare(ArticlePipeline pipeline, List<String> texts, int cores, int partitions,
                                      int rounds, long jvmStart) {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("SparkBenchmark")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                rows.add(RowFactory.create(String.valueOf(i), texts.get(i)));
            }
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            if (jvmStart >= 0) {
                Dataset<Row> first = spark.createDataFrame(jsc.parallelize(rows.subList(0, 1), 1), SCHEMA);
                NewsPipelineSpark.annotate(first, "text").collectAsList();
                System.out.printf(Locale.ROOT, "first article through Spark in a fresh JVM: %.1f s after main "
                        + "started (session, pipeline build, one article)%n", (System.nanoTime() - jvmStart) / 1e9);
            }
            Dataset<Row> articles = spark.createDataFrame(jsc.parallelize(rows, partitions), SCHEMA).cache();
            articles.count();
            pipeline.annotateAll(texts, cores);  // warm-up
            run(articles);
            double[][] seconds = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                pipeline.annotateAll(texts, cores);
                seconds[0][r] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                long annotated = run(articles);
                seconds[1][r] = (System.nanoTime() - start) / 1e9;
                if (annotated != texts.size()) {
                    throw new IllegalStateException(annotated + " of " + texts.size() + " annotated");
                }
            }
            return seconds;
        } finally {
            spark.stop();
        }
    }

    private static double medianRatio(double[][] seconds) {
        double[] ratios = new double[seconds[0].length];
        for (int r = 0; r < ratios.length; r++) {
            ratios[r] = seconds[1][r] / seconds[0][r];
        }
        Arrays.sort(ratios);
        int n = ratios.length;
        return n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    }

    /** Annotates every row on the executors and returns how many got no error (nothing goes back but a count). */
    private static long run(Dataset<Row> articles) {
        SparkAnnotator annotator = NewsPipelineSpark.annotator(articles.sparkSession());
        annotator.annotate(NewsPipelineSpark.balanced(articles, "text", articles.rdd().getNumPartitions()), "text")
                .write().format("noop").mode("overwrite").save();
        return annotator.counters().annotated();
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static void report(String what, int articles, double[] seconds) {
        StringBuilder all = new StringBuilder();
        for (double s : seconds) {
            all.append(String.format(Locale.ROOT, " %.2f", s));
        }
        System.out.printf(Locale.ROOT, "%s: %.1f articles/s (best of%s s)%n", what, articles / min(seconds), all);
    }
}
