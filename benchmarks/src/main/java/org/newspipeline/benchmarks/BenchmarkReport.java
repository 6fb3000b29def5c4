package org.newspipeline.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this module for news-pipeline and for CoreNLP's default quote pipeline in one go, and
 * prints one table: build time, warm latency per article (median, p90), articles per second with 1 and 2
 * threads, heap after a full GC, and the ratios. Each measurement runs in fresh JMH forks; news-pipeline's with
 * {@code -Xmx1g}. Run it from the project root (see the README):
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am compile exec:exec@benchmark
 * </pre>
 *
 * <p>CoreNLP takes seconds per article, so by default it runs on 12 articles spread over the folder
 * ({@code --corenlp-articles}); the latency ratio compares news-pipeline on exactly those articles. The JIT
 * needs a few hundred of news-pipeline's short runs to settle, so its throughput runs get as many warm-up batches
 * as there are warm-up passes; CoreNLP's one batch of seconds-long articles is warm-up enough.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /**
     * @param args see {@link ReportOptions#USAGE}
     * @throws RunnerException if a benchmark fails
     */
    public static void main(String[] args) throws RunnerException {
        ReportOptions options;
        try {
            options = ReportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int folderSize = ArticleSet.files(options.articles()).size();
        if (folderSize == 0) {
            System.err.println("No .txt articles in " + options.articles().toAbsolutePath());
            System.exit(2);
        }
        Machine before = Machine.now();
        List<EngineResults> results = new ArrayList<>();
        results.add(measure(Engine.NEWS_PIPELINE, options, folderSize, 0, options.warmupPasses(),
                options.throughputIterations()));
        if (!options.skipCorenlp()) {
            results.add(measure(Engine.CORENLP_QUOTE, options, folderSize, options.corenlpArticles(), 1, 1));
        }
        System.out.println();
        System.out.print(ReportTable.render(options, folderSize, results, before, Machine.now()));
    }

    private static EngineResults measure(Engine engine, ReportOptions options, int folderSize, int count,
                                         int throughputWarmup, int throughputIterations) throws RunnerException {
        List<Integer> indices = ArticleSet.spread(folderSize, count);
        int n = indices.size();
        String dir = options.articles().toString();
        boolean defaults = options.jvmDefaults();

        RunResult build = single(run(base(engine, defaults, BuildBenchmark.class, "build")
                .forks(options.buildForks()).warmupIterations(0).measurementIterations(1)));

        RunResult latency = single(run(base(engine, defaults, LatencyBenchmark.class, "annotate")
                .param("articles", dir).param("count", String.valueOf(count))
                .warmupIterations(options.warmupPasses() * n).measurementIterations(n)
                .addProfiler(CpuAndHeapProfiler.class)));

        RunResult throughput = single(run(base(engine, defaults, ThroughputBenchmark.class, "annotateAll")
                .param("articles", dir).param("count", String.valueOf(count))
                .warmupIterations(2 * throughputWarmup).measurementIterations(2 * throughputIterations)
                .addProfiler(CpuAndHeapProfiler.class)));
        ThroughputPairs pairs = ThroughputPairs.of(n, perIteration(throughput, null),
                perIteration(throughput, CpuAndHeapProfiler.CPU));
        double heap = Math.max(secondary(latency, CpuAndHeapProfiler.HEAP),
                secondary(throughput, CpuAndHeapProfiler.HEAP));
        return new EngineResults(engine, indices, build.getPrimaryResult().getScore(),
                perIteration(latency, null), perIteration(latency, CpuAndHeapProfiler.CPU), pairs, heap);
    }

    private static ChainedOptionsBuilder base(Engine engine, boolean jvmDefaults, Class<?> benchmark,
                                              String method) {
        return new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
                .param("engine", engine.name())
                .forks(1)
                .jvmArgs(engine.jvmArgs(jvmDefaults).toArray(String[]::new))
                .timeout(TimeValue.hours(2))   // one shot is a whole batch: CoreNLP on all articles takes minutes
                .shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static RunResult single(Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one benchmark result, got " + results.size());
        }
        return results.iterator().next();
    }

    /** The primary score (label null) or a secondary result of every measured iteration, in order. */
    private static List<Double> perIteration(RunResult run, String label) {
        List<Double> scores = new ArrayList<>();
        for (BenchmarkResult fork : run.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                Result<?> result = label == null ? iteration.getPrimaryResult()
                        : iteration.getSecondaryResults().get(label);
                scores.add(result == null ? Double.NaN : result.getScore());
            }
        }
        return scores;
    }

    private static double secondary(RunResult run, String label) {
        Result<?> result = run.getSecondaryResults().get(label);
        return result == null ? Double.NaN : result.getScore();
    }
}
