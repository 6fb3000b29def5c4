package org.newspipeline.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.newspipeline.HtmlBytes;
import org.newspipeline.boilerplate.BlockHint;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.boilerplate.LineLexicon;
import org.newspipeline.boilerplate.LineModel;
import org.newspipeline.learn.LinearModel;
import org.newspipeline.learn.LogisticRegression;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.html.HtmlExtractor;
import org.newspipeline.html.HtmlText;
import org.newspipeline.html.PageCandidates;
import org.newspipeline.html.RootModel;
import org.newspipeline.model.Paragraph;
import org.newspipeline.pipeline.NormalizedText;
import org.newspipeline.pipeline.TextNormalizer;

/**
 * Fits the learned line models of boilerplate removal ({@link LineModel}), one for text mode and one for HTML
 * mode, and reports how well they do on sites they were not fitted on.
 *
 * <p>Pages come from two data folders: the article-extraction pages ({@code ids.txt}, {@code text/ID.txt},
 * {@code html/ID.html.gz}, {@code ground-truth.json} with each page's {@code articleBody} and {@code url}) and the
 * trafeval pages ({@code ids.txt}, {@code text/ID.txt}, {@code html/ID.html.gz} in the page's own charset,
 * {@code evaldata.json} with {@code with}/{@code without} snippets and {@code url}).
 *
 * <p>Each model comes with word weights ({@link LineLexicon}) counted over the same labelled lines, by site.
 * Whenever a model is fitted, the word-weight features of its training lines come from word weights fitted without
 * the line's fold (so without its site), as the model will meet them on a site it has not seen; the model keeps the
 * word weights fitted on all its training pages.
 *
 * <p>Labels, one per line of the page's text as the remover splits it, weighted by the line's word count:
 * <ul>
 *   <li>article-extraction: a line of four tokens or more is body when at least half of its 4-token shingles are
 *       in the true body; a shorter line is body when it is a whole line of the true body (a crosshead, the
 *       headline), else not body. Lines without tokens are left out.</li>
 *   <li>trafeval: the snippets are sparse, so only lines they speak for are labelled: body when the line holds a
 *       {@code with} snippet (or is part of one and has four words or more), not body when it holds a
 *       {@code without} snippet or is part of one; lines both ways or neither are left out.</li>
 * </ul>
 *
 * <p>Validation is by site: a page's fold is the first byte of the SHA-1 of its host name (lower case, without
 * {@code www.}) modulo the number of folds, so no site is in both the training and the test part of a fold. For
 * each fold the model is fitted on the other folds and the test pages run through the whole remover; the program
 * prints per fold and overall the shingle F1 of the article-extraction pages (the metric of
 * {@code score_extraction.py}) and the snippet F1 of the trafeval pages (that of {@code score_snippets.py}), for
 * the hand-set scorer and for the learned model. The learned model is tried with several thresholds of the
 * probability above which the region search counts a line as body ({@link #THRESHOLDS}, a shift of its bias);
 * the one with the best mean of the two cross-validated F1s is kept. The final models are fitted on all pages and
 * shifted by that threshold.
 *
 * <p>HTML mode first chooses each page's content root. The {@link RootModel} that chooses it is fitted here too,
 * before the line models, and validated on the same folds ({@link ContentRootFit}): for each fold a root model is
 * fitted on the other folds' pages, and that fold's pages are extracted with it, so the line models' HTML features
 * come from a root chosen without the page's site. The program prints the mean quality of the root the hand-set
 * score, the learned model and the best candidate take.
 *
 * <pre>
 * TrainBoilerplate ARTICLE_EXTRACTION_DIR TRAFEVAL_DIR MODELS_DIR|- [PREDICTIONS_DIR] [FOLDS]
 * </pre>
 * {@code MODELS_DIR} receives {@code content-root.tsv}, {@code boilerplate-text.tsv} with its word weights
 * {@code boilerplate-text-words.tsv.gz}, and {@code boilerplate-html.tsv} ({@code -}: write none);
 * {@code PREDICTIONS_DIR}, if given, the cross-validated predictions of both scorers as the scorers read them
 * ({@code cv-MODE-SCORER-DATASET.json}).
 */
public final class TrainBoilerplate {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 30;
    private static final int DEFAULT_FOLDS = 5;
    /**
     * The probabilities above which the region search may count a line as body, tried in cross-validation: the
     * region is one contiguous run, so a line a little below one half may still be worth keeping.
     */
    private static final double[] THRESHOLDS = {0.5, 0.4, 0.3, 0.2, 0.1};
    /** The fewest sites a word must be seen on to get a weight. */
    private static final int LEXICON_SITES = 5;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern BLANKS = Pattern.compile("(?U)\\s+");

    private TrainBoilerplate() {
    }

    /** One page: its gold, its inputs, and per mode its text, hints and line rows. */
    private static final class Page {
        final String id;
        final boolean extraction;
        final int fold;
        final String site;
        final String truth;
        final List<String> with;
        final List<String> without;
        final Map<String, Input> inputs = new HashMap<>();

        Page(String id, boolean extraction, String url, int folds, String truth, List<String> with,
             List<String> without) {
            this.id = id;
            this.extraction = extraction;
            this.fold = fold(url, folds);
            this.site = SiteSplit.host(url);
            this.truth = truth;
            this.with = with;
            this.without = without;
        }
    }

    /** A page's input in one mode, its lines' features and labels. */
    private record Input(NormalizedText text, List<BlockHint> hints, List<BoilerplateRemover.FeatureRow> rows,
                         double[] labels, double[] weights) {
    }

    /**
     * @param args {@code ARTICLE_EXTRACTION_DIR TRAFEVAL_DIR MODELS_DIR|- [PREDICTIONS_DIR] [FOLDS]}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("Usage: TrainBoilerplate ARTICLE_EXTRACTION_DIR TRAFEVAL_DIR MODELS_DIR|- "
                    + "[PREDICTIONS_DIR] [FOLDS]");
            System.exit(2);
        }
        Path predictions = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
        int folds = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_FOLDS;
        Set<String> stopWords = ConfigResources.wordSet("stopwords.txt");
        Set<String> cues = ConfigResources.wordSet("boilerplate-cues.txt");
        BoilerplateRemover handSet = new BoilerplateRemover(stopWords, cues);
        List<Page> pages = new ArrayList<>();
        pages.addAll(loadExtraction(Path.of(args[0]), folds));
        pages.addAll(loadTrafeval(Path.of(args[1]), folds));
        TextNormalizer normalizer = new TextNormalizer();
        LinearModel rootModel = fitRoots(pages, folds);
        Map<Integer, HtmlExtractor> extractors = new HashMap<>();
        for (int fold = 0; fold < folds; fold++) {
            extractors.put(fold, new HtmlExtractor(rootModels.get(fold)));
        }
        for (Page page : pages) {
            for (String mode : List.of("text", "html")) {
                String source = mode.equals("text") ? texts.get(page) : htmls.get(page);
                NormalizedText text;
                List<BlockHint> hints;
                if (mode.equals("text")) {
                    text = normalizer.apply(source == null ? "" : source);
                    hints = List.of();
                } else {
                    HtmlText extracted = extractors.get(page.fold).apply(source);
                    text = normalizer.apply(extracted.text());
                    hints = extracted.hints();
                }
                List<BoilerplateRemover.FeatureRow> rows = handSet.features(text, hints);
                double[] labels = new double[rows.size()];
                double[] weights = new double[rows.size()];
                label(page, text.normalized(), rows, labels, weights);
                page.inputs.put(mode, new Input(text, hints, rows, labels, weights));
            }
        }
        texts.clear();
        htmls.clear();
        System.out.printf("%d pages (%d article-extraction, %d trafeval), %d folds by site%n", pages.size(),
                pages.stream().filter(p -> p.extraction).count(), pages.stream().filter(p -> !p.extraction).count(),
                folds);
        if (!args[2].equals("-")) {
            Path dir = Path.of(args[2]);
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(dir.resolve(RootModel.RESOURCE), StandardCharsets.UTF_8)) {
                rootModel.write(out, List.of("Content root model: logistic regression (L2 1.0) fitted by"
                        + " TrainBoilerplate on the candidate containers of " + pages.size() + " pages",
                        "(article-extraction DEV and trafeval); per page, the candidates within "
                                + ContentRootFit.NEAR_BEST + " of the best quality are positive."));
            }
            System.out.println("wrote " + dir.resolve(RootModel.RESOURCE));
        }
        for (String mode : List.of("text", "html")) {
            System.out.printf("%n== %s mode ==%n", mode);
            System.out.printf("%-8s %6s %6s | %-10s %-10s | %-10s %-10s%n", "fold", "pages", "lines", "shingle",
                    "", "snippet", "");
            System.out.printf("%-8s %6s %6s | %-10s %-10s | %-10s %-10s%n", "", "", "", "hand-set", "learned",
                    "hand-set", "learned");
            Map<String, String> handBodies = new HashMap<>();
            List<Map<String, String>> learnedBodies = new ArrayList<>();
            for (int k = 0; k < THRESHOLDS.length; k++) {
                learnedBodies.add(new HashMap<>());
            }
            for (int fold = 0; fold < folds; fold++) {
                int f = fold;
                List<Page> train = pages.stream().filter(p -> p.fold != f).toList();
                List<Page> test = pages.stream().filter(p -> p.fold == f).toList();
                Fitted weights = fit(train, mode);
                Map<String, String> hand = new HashMap<>();
                for (Page page : test) {
                    hand.put(page.id, body(handSet, page.inputs.get(mode)));
                }
                handBodies.putAll(hand);
                Map<String, String> atHalf = new HashMap<>();
                for (int k = 0; k < THRESHOLDS.length; k++) {
                    LineModel model = withThreshold(weights, THRESHOLDS[k]);
                    BoilerplateRemover learned = new BoilerplateRemover(stopWords, cues, model, model);
                    Map<String, String> learn = new HashMap<>();
                    for (Page page : test) {
                        learn.put(page.id, body(learned, page.inputs.get(mode)));
                    }
                    learnedBodies.get(k).putAll(learn);
                    if (THRESHOLDS[k] == 0.5) {
                        atHalf = learn;
                    }
                }
                System.out.printf("%-8s %6d %6d | %-10s %-10s | %-10s %-10s%n", "fold " + fold, test.size(),
                        train.stream().mapToInt(p -> p.inputs.get(mode).rows().size()).sum(),
                        f1(shingleF1(test, hand)), f1(shingleF1(test, atHalf)), f1(snippetF1(test, hand)),
                        f1(snippetF1(test, atHalf)));
            }
            int best = 0;
            double bestMean = -1;
            for (int k = 0; k < THRESHOLDS.length; k++) {
                double shingle = shingleF1(pages, learnedBodies.get(k));
                double snippet = snippetF1(pages, learnedBodies.get(k));
                System.out.printf("%-8s %6d %6s | %-10s %-10s | %-10s %-10s  (learned: body when p > %.2f)%n",
                        "all (CV)", pages.size(), "", k == 0 ? f1(shingleF1(pages, handBodies)) : "", f1(shingle),
                        k == 0 ? f1(snippetF1(pages, handBodies)) : "", f1(snippet), THRESHOLDS[k]);
                if ((shingle + snippet) / 2 > bestMean) {
                    bestMean = (shingle + snippet) / 2;
                    best = k;
                }
            }
            double threshold = THRESHOLDS[best];
            System.out.printf("chosen for %s mode: body when p > %.2f (best mean of the two F1s)%n", mode, threshold);
            Fitted fittedAll = fit(pages, mode);
            LineModel all = withThreshold(fittedAll, threshold);
            BoilerplateRemover fitted = new BoilerplateRemover(stopWords, cues, all, all);
            Map<String, String> onAll = new HashMap<>();
            for (Page page : pages) {
                onAll.put(page.id, body(fitted, page.inputs.get(mode)));
            }
            System.out.printf("%-8s %6d %6s | %-10s %-10s | %-10s %-10s  (final model on its own training pages)%n",
                    "fit all", pages.size(), "", "", f1(shingleF1(pages, onAll)), "", f1(snippetF1(pages, onAll)));
            if (predictions != null) {
                Files.createDirectories(predictions);
                Map<String, String> chosen = learnedBodies.get(best);
                write(predictions.resolve("cv-" + mode + "-handset-extraction.json"), pages, handBodies, true);
                write(predictions.resolve("cv-" + mode + "-learned-extraction.json"), pages, chosen, true);
                write(predictions.resolve("cv-" + mode + "-handset-trafeval.json"), pages, handBodies, false);
                write(predictions.resolve("cv-" + mode + "-learned-trafeval.json"), pages, chosen, false);
            }
            if (!args[2].equals("-")) {
                Path dir = Path.of(args[2]);
                Files.createDirectories(dir);
                String name = mode.equals("text") ? LineModel.TEXT_RESOURCE : LineModel.HTML_RESOURCE;
                try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                    all.write(out, List.of("Boilerplate line model, " + mode + " mode: logistic regression (L2 "
                                    + L2 + ") fitted by TrainBoilerplate on " + pages.size() + " pages",
                            "(article-extraction DEV and trafeval), lines weighted by their word count;",
                            String.format(Locale.ROOT, "bias shifted so that a line counts as body when p > %.2f"
                                    + " (chosen by cross-validation by site).", threshold)));
                }
                System.out.println("wrote " + dir.resolve(name));
                String words = mode.equals("text") ? LineModel.TEXT_WORDS_RESOURCE : LineModel.HTML_WORDS_RESOURCE;
                try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(
                        dir.resolve(words))), StandardCharsets.UTF_8)) {
                    fittedAll.lexicon().write(out, List.of("Boilerplate word weights, " + mode + " mode, fitted by"
                                    + " TrainBoilerplate on " + pages.size() + " pages (article-extraction DEV and"
                                    + " trafeval):",
                            "per word ln((b + 1) / (c + 1)), b and c the sites on which it stands in a body line and"
                                    + " in a clutter line;",
                            "words seen on at least " + LEXICON_SITES + " sites."));
                }
                System.out.println("wrote " + dir.resolve(words));
            }
        }
    }

    /** Per fold, the root model fitted without the fold's sites; filled by {@link #fitRoots}. */
    private static final Map<Integer, LinearModel> rootModels = new HashMap<>();

    /**
     * Labels every page's candidate containers (found with the hand-set root, whose choice is one of their
     * features), fits one root model per fold on the other folds' pages and one on all, and prints the mean quality
     * of the root each choice takes (see {@link ContentRootFit}).
     *
     * @return the model fitted on all pages
     */
    private static LinearModel fitRoots(List<Page> pages, int folds) {
        HtmlExtractor handSet = new HtmlExtractor(null);
        Map<Page, ContentRootFit.Labelled> labelled = new HashMap<>();
        for (Page page : pages) {
            PageCandidates candidates = handSet.candidates(htmls.get(page));
            labelled.put(page, page.extraction ? ContentRootFit.byBody(candidates, page.truth)
                    : ContentRootFit.bySnippets(candidates, page.with, page.without));
        }
        double hand = 0;
        double learned = 0;
        double best = 0;
        int counted = 0;
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            LinearModel model = ContentRootFit.fit(pages.stream().filter(p -> p.fold != f).map(labelled::get)
                    .toList());
            rootModels.put(fold, model);
            for (Page page : pages) {
                ContentRootFit.Labelled l = labelled.get(page);
                if (page.fold != f || l.best() < 0) {
                    continue;
                }
                hand += l.handSet() < 0 ? 0 : l.quality()[l.handSet()];
                learned += l.quality()[l.chosen(model)];
                best += l.quality()[l.best()];
                counted++;
            }
        }
        System.out.printf("content root, mean quality over %d pages: hand-set %.3f, learned (CV by site) %.3f,"
                + " best candidate %.3f%n", counted, hand / counted, learned / counted, best / counted);
        return ContentRootFit.fit(pages.stream().map(labelled::get).toList());
    }

    /** The page inputs read while loading, dropped once the features are computed. */
    private static final Map<Page, String> texts = new HashMap<>();
    private static final Map<Page, String> htmls = new HashMap<>();

    /**
     * The model with its bias shifted so that the region search counts a line as body when the fitted probability
     * is above {@code threshold} rather than one half.
     */
    private static LineModel withThreshold(Fitted fitted, double threshold) {
        double[] w = fitted.weights().clone();
        w[0] -= Math.log(threshold / (1 - threshold));
        return new LineModel(w).withLexicon(fitted.lexicon());
    }

    /** A fitted line model: its weights and its word weights. */
    private record Fitted(double[] weights, LineLexicon lexicon) {
    }

    /**
     * Fits the word weights and the line model on {@code pages}. The word-weight features of each
     * page's rows are set from word weights fitted without the page's fold (so without its site), as the model will
     * read pages it has not seen; the word weights returned are fitted on all of {@code pages}.
     */
    private static Fitted fit(List<Page> pages, String mode) {
        Set<Integer> folds = pages.stream().map(p -> p.fold).collect(Collectors.toSet());
        for (int fold : folds) {
            LineLexicon inner = lexicon(pages.stream().filter(p -> p.fold != fold).toList(), mode);
            for (Page page : pages) {
                if (page.fold == fold) {
                    Input input = page.inputs.get(mode);
                    for (BoilerplateRemover.FeatureRow row : input.rows()) {
                        inner.fill(row.values(), row.span().of(input.text().normalized()));
                    }
                }
            }
        }
        return new Fitted(fitWeights(pages, mode), lexicon(pages, mode));
    }

    /** Word weights from the labelled lines of {@code pages}, counted by site. */
    private static LineLexicon lexicon(List<Page> pages, String mode) {
        LineLexicon.Builder builder = new LineLexicon.Builder();
        for (Page page : pages) {
            Input input = page.inputs.get(mode);
            for (int i = 0; i < input.rows().size(); i++) {
                if (input.weights()[i] > 0) {
                    builder.add(page.site, input.rows().get(i).span().of(input.text().normalized()),
                            input.labels()[i] > 0.5);
                }
            }
        }
        return builder.build(LEXICON_SITES);
    }

    private static double[] fitWeights(List<Page> pages, String mode) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (Page page : pages) {
            Input input = page.inputs.get(mode);
            for (int i = 0; i < input.rows().size(); i++) {
                if (input.weights()[i] > 0) {
                    x.add(input.rows().get(i).values());
                    y.add(input.labels()[i]);
                    w.add(input.weights()[i]);
                }
            }
        }
        return LogisticRegression.fit(x.toArray(new double[0][]), y.stream().mapToDouble(d -> d).toArray(),
                w.stream().mapToDouble(d -> d).toArray(), L2, ITERATIONS);
    }

    private static String body(BoilerplateRemover remover, Input input) {
        return remover.apply(input.text(), input.hints()).paragraphs().stream().map(Paragraph::text)
                .collect(Collectors.joining("\n\n"));
    }

    private static void label(Page page, String text, List<BoilerplateRemover.FeatureRow> rows, double[] labels,
                              double[] weights) {
        if (page.extraction) {
            List<String> truthTokens = tokens(page.truth);
            Set<String> truthShingles = new HashSet<>(shingles(truthTokens));
            Set<String> truthLines = new HashSet<>();
            for (String line : page.truth.split("\n")) {
                truthLines.add(String.join(" ", tokens(line)));
            }
            for (int i = 0; i < rows.size(); i++) {
                List<String> tokens = tokens(rows.get(i).span().of(text));
                if (tokens.isEmpty()) {
                    continue;
                }
                boolean body;
                if (tokens.size() >= 4) {
                    List<String> own = shingles(tokens);
                    long in = own.stream().filter(truthShingles::contains).count();
                    body = in * 2 >= own.size();
                } else {
                    body = truthLines.contains(String.join(" ", tokens));
                }
                labels[i] = body ? 1 : 0;
                weights[i] = Math.max(1, rows.get(i).words());
            }
        } else {
            List<String> with = page.with.stream().map(TrainBoilerplate::norm).filter(s -> !s.isEmpty()).toList();
            List<String> without = page.without.stream().map(TrainBoilerplate::norm).filter(s -> !s.isEmpty())
                    .toList();
            for (int i = 0; i < rows.size(); i++) {
                String line = norm(rows.get(i).span().of(text));
                if (line.isEmpty()) {
                    continue;
                }
                boolean long4 = rows.get(i).words() >= 4;
                boolean body = with.stream().anyMatch(s -> line.contains(s) || long4 && s.contains(line));
                boolean clutter = without.stream().anyMatch(s -> line.contains(s) || s.contains(line));
                if (body != clutter) {
                    labels[i] = body ? 1 : 0;
                    weights[i] = Math.max(1, rows.get(i).words());
                }
            }
        }
    }

    // ---- the two metrics, as the shared scorers compute them

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static List<String> shingles(List<String> tokens) {
        List<String> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            out.add(String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + 4))));
        }
        return out;
    }

    static String norm(String s) {
        return BLANKS.matcher(s).replaceAll(" ").strip();
    }

    /** An F1 with three decimals, or "-" when no page counted. */
    private static String f1(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Shingle F1 over the article-extraction pages among {@code pages}, as {@code score_extraction.py}. */
    static double shingleF1(List<Page> pages, Map<String, String> bodies) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Page page : pages) {
            if (!page.extraction) {
                continue;
            }
            Map<String, Integer> truth = counts(shingles(tokens(page.truth)));
            Map<String, Integer> pred = counts(shingles(tokens(bodies.getOrDefault(page.id, ""))));
            double tp = 0;
            double fp = 0;
            double fn = 0;
            Set<String> keys = new HashSet<>(truth.keySet());
            keys.addAll(pred.keySet());
            for (String k : keys) {
                int t = truth.getOrDefault(k, 0);
                int p = pred.getOrDefault(k, 0);
                tp += Math.min(t, p);
                fp += Math.max(0, p - t);
                fn += Math.max(0, t - p);
            }
            if (tp + fp > 0) {
                precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallPages++;
            }
        }
        if (recallPages == 0) {
            return Double.NaN;
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallSum / recallPages;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Snippet F1 over the trafeval pages among {@code pages}, as {@code score_snippets.py}. */
    static double snippetF1(List<Page> pages, Map<String, String> bodies) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int counted = 0;
        for (Page page : pages) {
            if (page.extraction) {
                continue;
            }
            counted++;
            String text = norm(bodies.getOrDefault(page.id, ""));
            for (String s : page.with) {
                if (text.contains(norm(s))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String s : page.without) {
                if (text.contains(norm(s))) {
                    fp++;
                }
            }
        }
        if (counted == 0) {
            return Double.NaN;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(List<String> items) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : items) {
            out.merge(s, 1, Integer::sum);
        }
        return out;
    }

    // ---- loading

    private static List<Page> loadExtraction(Path dir, int folds) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> out = new ArrayList<>();
        for (String id : ids(dir)) {
            JsonNode g = gold.path(id);
            Page page = new Page(id, true, g.path("url").asText(""), folds, g.path("articleBody").asText(""),
                    List.of(), List.of());
            texts.put(page, readText(dir.resolve("text").resolve(id + ".txt")));
            htmls.put(page, readHtml(dir, id));
            out.add(page);
        }
        return out;
    }

    private static List<Page> loadTrafeval(Path dir, int folds) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        List<Page> out = new ArrayList<>();
        for (String id : ids(dir)) {
            JsonNode g = gold.path(id);
            List<String> with = new ArrayList<>();
            g.path("with").forEach(n -> with.add(n.asText()));
            List<String> without = new ArrayList<>();
            g.path("without").forEach(n -> without.add(n.asText()));
            Page page = new Page(id, false, g.path("url").asText(""), folds, null, with, without);
            texts.put(page, readText(dir.resolve("text").resolve(id + ".txt")));
            htmls.put(page, readHtml(dir, id));
            out.add(page);
        }
        return out;
    }

    private static List<String> ids(Path dir) throws IOException {
        return new PageFolder(dir).ids();
    }

    private static String readText(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private static String readHtml(Path dir, String id) throws IOException {
        return HtmlBytes.decode(new PageFolder(dir).gunzip("html", id + ".html.gz"));
    }

    private static void write(Path file, List<Page> pages, Map<String, String> bodies, boolean extraction)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        for (Page page : pages) {
            if (page.extraction == extraction) {
                out.putObject(page.id).put("articleBody", bodies.getOrDefault(page.id, ""));
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), out);
    }

    /** The page's fold: its site's bucket ({@link SiteSplit}). */
    static int fold(String url, int folds) {
        return SiteSplit.bucket(url, folds);
    }
}
