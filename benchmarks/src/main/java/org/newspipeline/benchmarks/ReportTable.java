package org.newspipeline.benchmarks;

import java.util.List;
import java.util.Locale;

/** The report as a Markdown table, with the ratios news-pipeline : CoreNLP and the targets checked. */
final class ReportTable {

    static final double LATENCY_TARGET = 20;
    static final double BUILD_TARGET = 5;
    static final double SCALING_TARGET = 1.7;

    private ReportTable() {
    }

    static String render(ReportOptions options, int folderSize, List<EngineResults> results, Machine before,
                         Machine after) {
        EngineResults ours = results.get(0);
        EngineResults theirs = results.size() > 1 ? results.get(1) : null;
        StringBuilder out = new StringBuilder();
        line(out, "news-pipeline (default pipeline) vs CoreNLP's default quote pipeline (%s)",
                CoreNlpQuoteEngine.ANNOTATORS);
        line(out, "Articles: %d in %s; CoreNLP on %s", folderSize, options.articles(),
                theirs == null ? "none (--skip-corenlp)" : theirs.articleIndices().size() == folderSize
                        ? "all of them" : theirs.articleIndices().size() + " of them, spread evenly (indices "
                        + theirs.articleIndices() + ")");
        line(out, "Machine: %d cores, %.0f GB, Java %s; load average %.1f at start, %.1f at end", before.cores(),
                before.memoryGb(), before.java(), before.loadAverage(), after.loadAverage());
        line(out, "JVMs: news-pipeline %s, CoreNLP %s; warm-up: %d passes over the articles",
                String.join(" ", Engine.NEWS_PIPELINE.jvmArgs(options.jvmDefaults())),
                String.join(" ", Engine.CORENLP_QUOTE.jvmArgs(options.jvmDefaults())),
                options.warmupPasses());
        out.append('\n');
        line(out, "| measure | %s | %s | news-pipeline : CoreNLP |", Engine.NEWS_PIPELINE.label(),
                Engine.CORENLP_QUOTE.label());
        line(out, "|---|---:|---:|---|");

        List<Integer> sameArticles = theirs == null ? ours.articleIndices() : theirs.articleIndices();
        String same = ", the same " + sameArticles.size() + " articles";
        double buildRatio = theirs == null ? Double.NaN : theirs.buildMillis() / ours.buildMillis();
        row(out, "build, fresh JVM (mean of " + options.buildForks() + ")", seconds(ours.buildMillis()),
                theirs == null ? "-" : seconds(theirs.buildMillis()), ratio(buildRatio, "faster"));
        double medianRatio = percentileRow(out, "warm latency median" + same, 50,
                ours.latenciesOf(sameArticles), theirs == null ? null : theirs.latencyMillis(), "lower");
        percentileRow(out, "warm latency p90" + same, 90,
                ours.latenciesOf(sameArticles), theirs == null ? null : theirs.latencyMillis(), "lower");
        percentileRow(out, "CPU time per article, median" + same, 50,
                ours.cpuOf(sameArticles), theirs == null ? null : theirs.cpuMillis(), "less");
        if (sameArticles.size() != ours.articleIndices().size()) {
            row(out, "warm latency median / p90, all " + ours.articleIndices().size() + " articles",
                    millis(Percentiles.of(ours.latencyMillis(), 50)) + " / "
                            + millis(Percentiles.of(ours.latencyMillis(), 90)), "-", "");
        }
        String perSecondNote = theirs == null || theirs.articleIndices().size() == folderSize ? ""
                : " (news-pipeline: all " + folderSize + "; CoreNLP: its " + theirs.articleIndices().size() + ")";
        ThroughputPairs mine = ours.throughput();
        ThroughputPairs other = theirs == null ? null : theirs.throughput();
        row(out, "articles/s, 1 thread, median shot" + perSecondNote, rate(mine.articlesPerSecond1()),
                other == null ? "-" : rate(other.articlesPerSecond1()),
                other == null ? "" : ratio(mine.articlesPerSecond1() / other.articlesPerSecond1(), "more"));
        row(out, "articles/s, 2 threads, median shot" + perSecondNote, rate(mine.articlesPerSecond2()),
                other == null ? "-" : rate(other.articlesPerSecond2()),
                other == null ? "" : ratio(mine.articlesPerSecond2() / other.articlesPerSecond2(), "more"));
        double scaling = ours.throughput().scaling();
        row(out, "articles/s, 2 threads : 1 thread (median of " + ours.throughput().oneThreadMs().size()
                        + " adjacent pairs; CoreNLP: " + (theirs == null ? 0 : theirs.throughput().oneThreadMs().size())
                        + ")", times(scaling), theirs == null ? "-" : times(theirs.throughput().scaling()), "");
        row(out, "the same, each pair", pairs(ours), theirs == null ? "-" : pairs(theirs), "");
        row(out, "CPU ms per article, 1 thread / 2 threads", cpuPair(ours),
                theirs == null ? "-" : cpuPair(theirs), "");
        row(out, "cores busy, 1 thread / 2 threads", coresPair(ours), theirs == null ? "-" : coresPair(theirs), "");
        row(out, "heap in use after a full GC (largest)", megabytes(ours.heapAfterGcMb()),
                theirs == null ? "-" : megabytes(theirs.heapAfterGcMb()),
                theirs == null ? "" : ratio(theirs.heapAfterGcMb() / ours.heapAfterGcMb(), "less"));
        out.append('\n');
        line(out, "Targets: latency median >= %.0fx lower: %s; build >= %.0fx faster: %s; 2 threads >= %.1fx of 1: %s",
                LATENCY_TARGET, verdict(medianRatio, LATENCY_TARGET), BUILD_TARGET, verdict(buildRatio, BUILD_TARGET),
                SCALING_TARGET, verdict(scaling, SCALING_TARGET));
        return out.toString();
    }

    private static String verdict(double value, double target) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return String.format(Locale.ROOT, "%s (%.2fx)", value >= target ? "met" : "MISSED", value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static void row(StringBuilder out, String measure, String ours, String theirs, String ratio) {
        line(out, "| %s | %s | %s | %s |", measure, ours, theirs, ratio);
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    private static String millis(double millis) {
        return String.format(Locale.ROOT, "%,.0f ms", millis);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.2f", perSecond);
    }

    private static String megabytes(double mb) {
        return String.format(Locale.ROOT, "%,.0f MB", mb);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    private static String ratio(double ratio, String word) {
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1fx %s", ratio, word);
    }

    private static String pairs(EngineResults results) {
        return String.join(" ", results.throughput().scalingPerPair().stream().map(ReportTable::times).toList());
    }

    /** CPU time per wall time: how many cores the JVM had; below 2 with 2 threads, the machine was shared. */
    private static String coresPair(EngineResults results) {
        double one = results.throughput().cpuPerArticle1() * results.throughput().articlesPerSecond1() / 1000;
        double two = results.throughput().cpuPerArticle2() * results.throughput().articlesPerSecond2() / 1000;
        return String.format(Locale.ROOT, "%.2f / %.2f", one, two);
    }

    private static String cpuPair(EngineResults results) {
        ThroughputPairs throughput = results.throughput();
        return String.format(Locale.ROOT, "%,.0f / %,.0f", throughput.cpuPerArticle1(), throughput.cpuPerArticle2());
    }

    /** Prints one percentile row and returns CoreNLP's value divided by news-pipeline's (NaN without CoreNLP). */
    private static double percentileRow(StringBuilder out, String label, double percent, List<Double> ours,
                                        List<Double> theirs, String word) {
        double mine = Percentiles.of(ours, percent);
        if (theirs == null) {
            row(out, label, millis(mine), "-", "");
            return Double.NaN;
        }
        double other = Percentiles.of(theirs, percent);
        row(out, label, millis(mine), millis(other), ratio(other / mine, word));
        return other / mine;
    }
}
