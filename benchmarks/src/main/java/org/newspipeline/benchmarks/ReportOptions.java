package org.newspipeline.benchmarks;

import java.nio.file.Path;

/**
 * The command line of {@link BenchmarkReport}.
 *
 * @param articles             the folder of {@code .txt} articles
 * @param corenlpArticles      how many of them CoreNLP runs on, spread over the folder; 0 for all
 * @param warmupPasses         warm-up passes over the articles before latency and (news-pipeline) throughput
 * @param throughputIterations measured pairs of batch runs (1 thread, then 2) for news-pipeline (CoreNLP: 1)
 * @param buildForks           fresh JVMs in which each pipeline is built
 * @param skipCorenlp          measure news-pipeline only (no ratios)
 * @param jvmDefaults          start the benchmark JVMs with their heap option only, without
 *                             {@value Engine#HUGE_METHODS}: to measure what that option is worth
 */
record ReportOptions(Path articles, int corenlpArticles, int warmupPasses, int throughputIterations,
                     int buildForks, boolean skipCorenlp, boolean jvmDefaults) {

    static final String USAGE = """
            Usage: BenchmarkReport [ARTICLES_DIR] [--corenlp-articles N|all] [--warmup-passes N]
                                   [--throughput-iterations N] [--build-forks N] [--skip-corenlp]
                                   [--jvm-defaults]
              ARTICLES_DIR            folder of .txt articles (default ../shared/data/polnear/dev/text)
              --corenlp-articles      how many of them CoreNLP runs on, spread evenly (default 12; all = every one)
              --warmup-passes         warm-up passes over the articles (default 3; CoreNLP's batch run: 1)
              --throughput-iterations measured pairs of batch runs, 1 then 2 threads (default 3; CoreNLP 1)
              --build-forks           fresh JVMs in which each pipeline is built (default 2)
              --skip-corenlp          news-pipeline only
              --jvm-defaults          benchmark JVMs without -XX:-DontCompileHugeMethods (heap option only)""";

    static ReportOptions parse(String... args) {
        Path articles = Path.of("../shared/data/polnear/dev/text");
        int corenlp = 12;
        int warmup = 3;
        int throughput = 3;
        int forks = 2;
        boolean skip = false;
        boolean jvmDefaults = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--corenlp-articles" -> {
                    String value = value(args, ++i, arg);
                    corenlp = value.equals("all") ? 0 : positive(value, arg);
                }
                case "--warmup-passes" -> warmup = positive(value(args, ++i, arg), arg);
                case "--throughput-iterations" -> throughput = positive(value(args, ++i, arg), arg);
                case "--build-forks" -> forks = positive(value(args, ++i, arg), arg);
                case "--skip-corenlp" -> skip = true;
                case "--jvm-defaults" -> jvmDefaults = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
                    }
                    articles = Path.of(arg);
                }
            }
        }
        return new ReportOptions(articles, corenlp, warmup, throughput, forks, skip, jvmDefaults);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a whole number of at least 1, got " + value);
    }
}
