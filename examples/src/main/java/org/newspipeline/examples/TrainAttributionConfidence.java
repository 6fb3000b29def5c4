package org.newspipeline.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.newspipeline.learn.LogisticRegression;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.quotes.AttributionConfidence;
import org.newspipeline.quotes.Lexicon;
import org.newspipeline.quotes.QuoteAttributor;
import org.newspipeline.quotes.QuoteInput;
import org.newspipeline.quotes.TaggerModel;

/**
 * Fits the model of {@link AttributionConfidence}: how likely an attribution the pipeline finds is right.
 *
 * <pre>
 * TrainAttributionConfidence collect SPLIT_DIR TAGGER_GZ ROWS_TSV [FOLD FOLDS]
 * TrainAttributionConfidence fit OUT_MODEL_TSV ROWS_TSV...
 * </pre>
 *
 * {@code collect} runs the pipeline with the attribution tagger {@code TAGGER_GZ} (and its second pass beside it,
 * {@code NAME-stacked.tsv.gz}, as {@code TrainAttributionTagger} writes them) on the annotated articles of a split
 * ({@code text/NAME.txt} and {@code attributions/NAME_XXXX.ann}, the PolNeAR layout; with {@code FOLD FOLDS} only
 * every {@code FOLDS}-th article by name from the {@code FOLD}-th, the articles that {@code TrainAttributionTagger}
 * leaves out with the same numbers) and writes one row per attribution found: its
 * article, whether its content matches an annotated one ({@link ContentMatch}), whether it is right (the content
 * matches and, when it names a source, the source overlaps the annotated source or its speaker's name shares a
 * capitalised word of three letters or more with it), the rules' own confidence and its
 * {@linkplain AttributionConfidence#features features}. The rows must come from a tagger not fitted on their
 * articles, or the model learns to trust the tagger too much: collect each fifth of train with the tagger fitted
 * without it.
 *
 * <p>{@code fit} fits a logistic regression (L2 {@value #L2}) of "right" on the features of all rows, reports a
 * cross-validation by article (five folds) against the rules' hand-set confidences (log loss, Brier score, the
 * calibration, and the content overlap scores when attributions below a confidence are dropped), and writes the
 * model fitted on all rows.
 */
public final class TrainAttributionConfidence {

    static final double L2 = 1.0;
    private static final int ITERATIONS = 30;
    private static final int CV_FOLDS = 5;
    /** Row columns before the features. */
    private static final int META = 4;

    private TrainAttributionConfidence() {
    }

    /**
     * @param args {@code collect SPLIT_DIR TAGGER_GZ ROWS_TSV [FOLD FOLDS]} or {@code fit OUT_MODEL_TSV ROWS_TSV...}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("collect") && (args.length == 4 || args.length == 6)) {
            int fold = args.length == 6 ? Integer.parseInt(args[4]) : 0;
            int folds = args.length == 6 ? Integer.parseInt(args[5]) : 1;
            collect(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), fold, folds);
        } else if (args.length >= 3 && args[0].equals("fit")) {
            List<Path> rows = Stream.of(args).skip(2).map(Path::of).toList();
            fit(Path.of(args[1]), rows);
        } else {
            System.err.println("Usage: TrainAttributionConfidence collect SPLIT_DIR TAGGER_GZ ROWS_TSV [FOLD FOLDS]\n"
                    + "       TrainAttributionConfidence fit OUT_MODEL_TSV ROWS_TSV...");
            System.exit(2);
        }
    }

    private static void collect(Path split, Path tagger, Path out, int fold, int folds) throws IOException {
        Lexicon lexicon = Lexicon.english();
        ArticleAnalysis analysis = new ArticleAnalysis(lexicon);
        Path stacked = tagger.resolveSibling(tagger.getFileName().toString().replaceFirst("\\.tsv\\.gz$", "")
                + "-stacked.tsv.gz");
        QuoteAttributor attributor = new QuoteAttributor(lexicon, Optional.of(readTagger(tagger)
                .withSecondPass(readTagger(stacked))));
        List<Path> texts;
        try (Stream<Path> list = Files.list(split.resolve("text"))) {
            texts = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        lines.add("#article\tcontent_match\tright\trule_confidence\t" + String.join("\t",
                AttributionConfidence.FEATURES));
        int articles = 0;
        for (int a = 0; a < texts.size(); a++) {
            String name = texts.get(a).getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = BratAttributions.firstAnnotation(split.resolve("attributions"), name);
            if (ann == null || a % folds != fold) {
                continue;
            }
            String text = Files.readString(texts.get(a), StandardCharsets.UTF_8);
            List<BratAttributions.Annotated> gold = BratAttributions.parse(Files.readString(ann,
                    StandardCharsets.UTF_8));
            QuoteInput input = analysis.analyse(text);
            List<Attribution> found = attributor.apply(input).attributions();
            int[] matched = ContentMatch.match(text, found.stream().map(TrainAttributionConfidence::fragments)
                    .toList(), gold.stream().map(BratAttributions.Annotated::content).toList());
            lines.add("#gold\t" + name + "\t" + gold.size());
            for (int i = 0; i < found.size(); i++) {
                Attribution at = found.get(i);
                boolean right = matched[i] >= 0 && sourceRight(text, at, gold.get(matched[i]));
                StringBuilder row = new StringBuilder(name).append('\t').append(matched[i] >= 0 ? 1 : 0)
                        .append('\t').append(right ? 1 : 0).append('\t').append(at.confidence());
                for (double v : AttributionConfidence.features(at, input.linguistics(), lexicon)) {
                    row.append('\t').append(String.format(Locale.ROOT, "%.5g", v));
                }
                lines.add(row.toString());
            }
            if (++articles % 50 == 0) {
                System.out.printf("%d articles%n", articles);
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("%d articles, %d attributions written to %s%n", articles,
                lines.stream().filter(l -> !l.startsWith("#")).count(), out);
    }

    private static TaggerModel readTagger(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return TaggerModel.read(in);
        }
    }

    private static List<int[]> fragments(Attribution a) {
        return a.content().stream().map(Passage::span).map(s -> new int[] {s.start(), s.end()}).toList();
    }

    /** No source named, or the source overlaps the annotated one, or the speaker's name shares a name with it. */
    private static boolean sourceRight(String text, Attribution a, BratAttributions.Annotated gold) {
        if (a.source().isEmpty() && a.speaker().isEmpty()) {
            return true;
        }
        if (gold.source().isEmpty()) {
            return false;
        }
        Optional<Span> source = a.source().map(Mention::span);
        if (source.isPresent() && gold.source().stream()
                .anyMatch(f -> f[0] < source.get().end() && source.get().start() < f[1])) {
            return true;
        }
        String name = a.speaker().map(Speaker::name).orElse(a.source().map(Mention::text).orElse(""));
        Set<String> goldNames = gold.source().stream()
                .flatMap(f -> names(text.substring(Math.max(0, f[0]), Math.min(text.length(), f[1]))).stream())
                .collect(Collectors.toSet());
        return names(name).stream().anyMatch(goldNames::contains);
    }

    /** The capitalised words of three letters or more. */
    private static Set<String> names(String s) {
        return Stream.of(s.split("[^\\p{L}]+")).filter(w -> w.length() >= 3 && Character.isUpperCase(w.charAt(0)))
                .collect(Collectors.toSet());
    }

    /** The rows of the collected files. */
    private record Rows(List<String> article, double[] match, double[] right, double[] rule, double[][] x,
                        Map<String, Integer> gold) {
    }

    private static Rows read(List<Path> files) throws IOException {
        List<String> article = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        Map<String, Integer> gold = new HashMap<>();
        int d = AttributionConfidence.FEATURES.size();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (line.startsWith("#gold")) {
                    gold.put(cols[1], Integer.parseInt(cols[2]));
                } else if (!line.startsWith("#")) {
                    if (cols.length != META + d) {
                        throw new IllegalStateException("A row of " + f + " has " + cols.length + " columns, not "
                                + (META + d) + ": collect it again with this feature set");
                    }
                    article.add(cols[0]);
                    double[] v = new double[cols.length - 1];
                    for (int k = 1; k < cols.length; k++) {
                        v[k - 1] = Double.parseDouble(cols[k]);
                    }
                    values.add(v);
                }
            }
        }
        int n = values.size();
        double[] match = new double[n];
        double[] right = new double[n];
        double[] rule = new double[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = values.get(i);
            match[i] = v[0];
            right[i] = v[1];
            rule[i] = v[2];
            x[i] = Arrays.copyOfRange(v, META - 1, v.length);
        }
        return new Rows(article, match, right, rule, x, gold);
    }

    private static void fit(Path out, List<Path> files) throws IOException {
        Rows rows = read(files);
        int n = rows.x().length;
        double[] cv = new double[n];
        for (int fold = 0; fold < CV_FOLDS; fold++) {
            double[] weight = new double[n];
            for (int i = 0; i < n; i++) {
                weight[i] = foldOf(rows.article().get(i)) == fold ? 0 : 1;
            }
            double[] w = LogisticRegression.fit(rows.x(), rows.right(), weight, L2, ITERATIONS);
            for (int i = 0; i < n; i++) {
                if (weight[i] == 0) {
                    cv[i] = LogisticRegression.probability(w, rows.x()[i]);
                }
            }
        }
        int golds = rows.gold().values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(Locale.ROOT, "%d attributions of %d articles (%d annotated), %.3f right, %.3f matched%n",
                n, rows.gold().size(), golds, mean(rows.right()), mean(rows.match()));
        System.out.printf(Locale.ROOT, "log loss / Brier, cross-validated by article: fitted %.4f / %.4f, the rules'"
                + " confidences %.4f / %.4f%n", logLoss(cv, rows.right()), brier(cv, rows.right()),
                logLoss(rows.rule(), rows.right()), brier(rows.rule(), rows.right()));
        System.out.printf(Locale.ROOT, "area under the ROC curve, cross-validated: fitted %.3f, the rules' confidences"
                + " %.3f%n", auc(cv, rows.right()), auc(rows.rule(), rows.right()));
        System.out.println("calibration (cross-validated): bin, attributions, mean confidence, share right");
        for (int b = 0; b < 10; b++) {
            int count = 0;
            double conf = 0;
            double right = 0;
            for (int i = 0; i < n; i++) {
                if (Math.min(9, (int) (cv[i] * 10)) == b) {
                    count++;
                    conf += cv[i];
                    right += rows.right()[i];
                }
            }
            if (count > 0) {
                System.out.printf(Locale.ROOT, "  %.1f-%.1f %6d %.3f %.3f%n", b / 10.0, (b + 1) / 10.0, count,
                        conf / count, right / count);
            }
        }
        System.out.println("dropping attributions below a confidence (cross-validated): content overlap P / R / F1,"
                + " share right");
        for (double t : new double[] {0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
            int kept = 0;
            int matched = 0;
            int right = 0;
            for (int i = 0; i < n; i++) {
                if (cv[i] >= t) {
                    kept++;
                    matched += (int) rows.match()[i];
                    right += (int) rows.right()[i];
                }
            }
            double p = kept == 0 ? 0 : (double) matched / kept;
            double r = (double) matched / golds;
            System.out.printf(Locale.ROOT, "  >= %.2f: %5d kept, %.3f / %.3f / %.3f, %.3f%n", t, kept, p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), kept == 0 ? 0 : (double) right / kept);
        }
        double[] all = new double[n];
        Arrays.fill(all, 1);
        AttributionConfidence model = new AttributionConfidence(LogisticRegression.fit(rows.x(), rows.right(), all,
                L2, ITERATIONS));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, List.of("Attribution confidence: logistic regression (L2 " + L2 + ") fitted by"
                    + " TrainAttributionConfidence on " + n + " attributions the pipeline found in "
                    + rows.gold().size() + " annotated articles,",
                    "each collected with a tagger fitted without its article; the target: content matched and source"
                    + " right."));
        }
        System.out.println("Wrote " + out);
    }

    /** A fold of the cross-validation by article, from its name. */
    private static int foldOf(String article) {
        return Math.floorMod(article.hashCode(), CV_FOLDS);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? 0 : s / v.length;
    }

    private static double logLoss(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.min(1 - 1e-6, Math.max(1e-6, p[i]));
            s -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
        }
        return s / p.length;
    }

    /** The chance that a right attribution has a higher score than a wrong one, ties counting half. */
    private static double auc(double[] p, double[] y) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && p[order[j]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++) {
                if (y[order[k]] > 0) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = p.length - positives;
        return positives == 0 || negatives == 0 ? 0.5
                : (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    private static double brier(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return s / p.length;
    }
}
