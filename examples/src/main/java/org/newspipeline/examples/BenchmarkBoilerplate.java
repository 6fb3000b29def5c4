package org.newspipeline.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.html.HtmlExtractor;
import org.newspipeline.html.HtmlText;
import org.newspipeline.pipeline.TextNormalizer;

/**
 * Measures the cost of boilerplate removal alone (no CoreNLP), per page, over an article-extraction data folder:
 * text mode (normalise + classify the lines) and HTML mode (parse with jsoup, extract blocks and hints, normalise,
 * classify), each with the remover that is the default (learned line models) and with the hand-set scorer. It reaches
 * into the library's internal stages on purpose, since the public API always runs the whole pipeline. Each mode
 * is warmed up over all pages first, then timed over several rounds; it prints the mean and the 95th percentile
 * per page.
 *
 * <pre>
 * BenchmarkBoilerplate DATA_DIR [ROUNDS]
 * </pre>
 */
public final class BenchmarkBoilerplate {

    private static final int WARMUP_ROUNDS = 5;

    private BenchmarkBoilerplate() {
    }

    /**
     * @param args {@code DATA_DIR [ROUNDS]}
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("Usage: BenchmarkBoilerplate DATA_DIR [ROUNDS]");
            System.exit(2);
        }
        PageFolder data = new PageFolder(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> texts = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (String id : data.ids()) {
            texts.add(Files.readString(data.dir().resolve("text").resolve(id + ".txt"), StandardCharsets.UTF_8));
            pages.add(new String(data.gunzip("html", id + ".html.gz"), StandardCharsets.UTF_8));
        }
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> stopWords = ConfigResources.wordSet("stopwords.txt");
        Set<String> cues = ConfigResources.wordSet("boilerplate-cues.txt");
        BoilerplateRemover handSet = new BoilerplateRemover(stopWords, cues);
        BoilerplateRemover learned = BoilerplateRemover.standard();
        HtmlExtractor extractor = new HtmlExtractor();
        report("text, the default", time(texts, rounds, t -> learned.apply(normalizer.apply(t)).paragraphs()
                .size()));
        report("text, hand-set scorer", time(texts, rounds, t -> handSet.apply(normalizer.apply(t)).paragraphs()
                .size()));
        report("html, learned scorer (the default)", time(pages, rounds, h -> html(extractor, normalizer, learned, h)));
        report("html, hand-set scorer", time(pages, rounds, h -> html(extractor, normalizer, handSet, h)));
    }

    private static int html(HtmlExtractor extractor, TextNormalizer normalizer, BoilerplateRemover remover,
                            String html) {
        HtmlText page = extractor.apply(html);
        return remover.apply(normalizer.apply(page.text()), page.hints()).paragraphs().size();
    }

    private static long[] time(List<String> inputs, int rounds, java.util.function.ToIntFunction<String> run) {
        long sink = 0;
        for (int r = 0; r < WARMUP_ROUNDS; r++) {
            for (String input : inputs) {
                sink += run.applyAsInt(input);
            }
        }
        long[] nanos = new long[inputs.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String input : inputs) {
                long start = System.nanoTime();
                sink += run.applyAsInt(input);
                nanos[k++] = System.nanoTime() - start;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return nanos;
    }

    private static void report(String mode, long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))] / 1e6;
        System.out.printf("%s mode: %d page runs, mean %.2f ms, p95 %.2f ms per page%n", mode, nanos.length, mean,
                p95);
    }
}
