package org.newspipeline.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.newspipeline.pipeline.Token;
import org.newspipeline.quotes.Lexicon;
import org.newspipeline.quotes.QuoteAttributor;
import org.newspipeline.quotes.QuoteInput;
import org.newspipeline.quotes.TaggerModel;
import org.newspipeline.quotes.TaggerSequence;

/**
 * Fits the attribution tagger ({@link TaggerModel}) on annotated news: every article runs through the pipeline's
 * own stages up to the quote rules, each paragraph becomes a sequence of tokens with the tagger's features, and
 * the annotators' attributions become the labels (content, source and cue, begin or inside; where attributions
 * nest, the inner one's roles win). An averaged structured passive-aggressive learner ({@link TaggerLearner}) fits
 * the weights; features seen fewer than {@value #MIN_COUNT} times are left out of the model. A second pass is fitted
 * the same way on each token's features and {@link TaggerModel#stackedFeatures} of the first pass's labels; those
 * labels come from first passes fitted without the article's fifth of the training articles, so that the second pass
 * learns how far to trust the first on unseen text. It is written beside the first, as {@code NAME-stacked.tsv.gz}.
 *
 * <pre>
 * TrainAttributionTagger SPLIT_DIR OUT_MODEL_GZ [EPOCHS] [HELD_OUT_FOLD FOLDS]
 * </pre>
 * {@code SPLIT_DIR} holds {@code text/NAME.txt} and {@code attributions/NAME_XXXX.ann} (brat standoff, the PolNeAR
 * layout). With {@code HELD_OUT_FOLD FOLDS}, the articles of that fold (by the order of their names, every
 * {@code FOLDS}-th one) are left out of the fit, their names written beside the model ({@code .heldout}) and the
 * tagger's token scores on them printed.
 */
public final class TrainAttributionTagger {

    /** Features seen fewer times are left out of the model. */
    static final int MIN_COUNT = 4;
    private static final int L = TaggerModel.LABELS.size();
    /** Label indices. */
    private static final int B_CONTENT = TaggerModel.CONTENT;
    private static final int B_SOURCE = TaggerModel.SOURCE;
    private static final int B_CUE = TaggerModel.CUE;

    private TrainAttributionTagger() {
    }

    /** One paragraph: feature ids and gold labels per token. */
    private record Example(int article, int[][] features, int[] labels) {
    }

    /** Folds of the training articles over which the first pass's labels are predicted for the second pass. */
    private static final int STACK_FOLDS = 5;

    /**
     * @param args {@code SPLIT_DIR OUT_MODEL_GZ [EPOCHS] [HELD_OUT_FOLD FOLDS]}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3 && args.length != 5) {
            System.err.println("Usage: TrainAttributionTagger SPLIT_DIR OUT_MODEL_GZ [EPOCHS] [HELD_OUT_FOLD FOLDS]");
            System.exit(2);
        }
        Path split = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int epochs = args.length >= 3 ? Integer.parseInt(args[2]) : 10;
        int heldOut = args.length == 5 ? Integer.parseInt(args[3]) : -1;
        int folds = args.length == 5 ? Integer.parseInt(args[4]) : 1;

        Lexicon lexicon = Lexicon.english();
        ArticleAnalysis analysis = new ArticleAnalysis(lexicon);
        QuoteAttributor rules = new QuoteAttributor(lexicon, Optional.empty());

        List<Path> texts;
        try (Stream<Path> list = Files.list(split.resolve("text"))) {
            texts = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> counts = new ArrayList<>();
        List<Example> train = new ArrayList<>();
        List<Example> test = new ArrayList<>();
        List<String> heldOutNames = new ArrayList<>();
        int articles = 0;
        for (int a = 0; a < texts.size(); a++) {
            Path text = texts.get(a);
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = BratAttributions.firstAnnotation(split.resolve("attributions"), name);
            if (ann == null) {
                continue;
            }
            articles++;
            boolean isHeldOut = heldOut >= 0 && a % folds == heldOut;
            if (isHeldOut) {
                heldOutNames.add(name);
            }
            String content = Files.readString(text, StandardCharsets.UTF_8);
            QuoteInput input = analysis.analyse(content);
            List<TaggerSequence> sequences = rules.taggerSequences(input);
            int[] gold = goldLabels(input.linguistics().tokens(),
                    BratAttributions.parse(Files.readString(ann, StandardCharsets.UTF_8)));
            for (TaggerSequence s : sequences) {
                int[][] features = new int[s.end() - s.first()][];
                for (int t = 0; t < features.length; t++) {
                    String[] names = s.features().get(t);
                    int[] f = new int[names.length];
                    for (int k = 0; k < names.length; k++) {
                        f[k] = intern(names[k], ids, counts, !isHeldOut);
                    }
                    features[t] = f;
                }
                Example e = new Example(a, features, Arrays.copyOfRange(gold, s.first(), s.end()));
                (isHeldOut ? test : train).add(e);
            }
            if (articles % 100 == 0) {
                System.out.printf("%d articles read, %d features%n", articles, ids.size());
            }
        }
        int baseFeatures = ids.size();
        TaggerLearner first = fit(train, baseFeatures, epochs, test, "first pass");
        TaggerModel firstModel = model(first, ids, counts);
        // The second pass learns from the labels the first pass gives to articles it was not fitted on.
        List<int[]> jackknifed = new ArrayList<>(Collections.nCopies(train.size(), (int[]) null));
        for (int fold = 0; fold < STACK_FOLDS; fold++) {
            final int f = fold;
            List<Example> rest = train.stream().filter(e -> e.article() % STACK_FOLDS != f).toList();
            TaggerLearner part = fit(new ArrayList<>(rest), baseFeatures, epochs, List.of(), "fold " + fold);
            for (int k = 0; k < train.size(); k++) {
                if (train.get(k).article() % STACK_FOLDS == fold) {
                    jackknifed.set(k, part.decode(train.get(k).features()));
                }
            }
        }
        List<Example> train2 = new ArrayList<>();
        for (int k = 0; k < train.size(); k++) {
            train2.add(stacked(train.get(k), jackknifed.get(k), ids, counts, true));
        }
        List<Example> test2 = new ArrayList<>();
        for (Example e : test) {
            test2.add(stacked(e, first.decode(e.features()), ids, counts, false));
        }
        TaggerLearner second = fit(train2, ids.size(), epochs, test2, "second pass");
        TaggerModel secondModel = model(second, ids, counts);
        String how = " annotated articles, " + epochs + " epochs; features seen at least " + MIN_COUNT + " times.";
        write(firstModel, out, "Attribution tagger fitted by TrainAttributionTagger on "
                + (articles - heldOutNames.size()) + how);
        Path secondOut = Path.of(out.toString().replace(".tsv.gz", "-stacked.tsv.gz"));
        write(secondModel, secondOut, "Second pass of the attribution tagger, fitted by TrainAttributionTagger on the "
                + "first pass's labels of " + (articles - heldOutNames.size()) + how + " The first pass's labels "
                + "come from " + STACK_FOLDS + " fits each without a fifth of the articles.");
        if (!heldOutNames.isEmpty()) {
            Files.write(Path.of(out + ".heldout"), heldOutNames, StandardCharsets.UTF_8);
        }
        System.out.printf("%d articles (%d held out), %d + %d features kept of %d; second pass written to %s%n",
                articles, heldOutNames.size(), firstModel.featureCount(), secondModel.featureCount(), ids.size(),
                secondOut);
    }

    /** Fits the tagger's weights on the examples, reporting token scores on the test examples every five epochs. */
    private static TaggerLearner fit(List<Example> train, int features, int epochs, List<Example> test, String what) {
        TaggerLearner model = new TaggerLearner(features);
        Random random = new Random(17);
        List<Example> order = new ArrayList<>(train);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int errors = 0;
            for (Example e : order) {
                errors += model.learn(e.features(), e.labels());
            }
            System.out.printf(Locale.ROOT, "%s, epoch %d: %d token errors%n", what, epoch, errors);
            if (!test.isEmpty() && (epoch % 5 == 0 || epoch == epochs)) {
                report(TaggerLearner.frozen(model.averaged(), model.averagedTransitions()), test);
            }
        }
        return TaggerLearner.frozen(model.averaged(), model.averagedTransitions());
    }

    /**
     * The id of a feature name, a new one for a name not seen before; counts one more use of it when asked (uses
     * in held-out articles are not counted).
     */
    private static int intern(String name, Map<String, Integer> ids, List<Integer> counts, boolean count) {
        Integer id = ids.get(name);
        if (id == null) {
            id = ids.size();
            ids.put(name, id);
            counts.add(0);
        }
        if (count) {
            counts.set(id, counts.get(id) + 1);
        }
        return id;
    }

    /** The example with the second pass's features of the first pass's labels added (new names get ids). */
    private static Example stacked(Example e, int[] labels, Map<String, Integer> ids, List<Integer> counts,
                                   boolean count) {
        int[][] features = new int[e.features().length][];
        for (int t = 0; t < features.length; t++) {
            String[] more = TaggerModel.stackedFeatures(labels, t);
            int[] all = Arrays.copyOf(e.features()[t], e.features()[t].length + more.length);
            for (int k = 0; k < more.length; k++) {
                all[e.features()[t].length + k] = intern(more[k], ids, counts, count);
            }
            features[t] = all;
        }
        return new Example(e.article(), features, e.labels());
    }

    /** The model of fitted weights: the features seen often enough that have a weight. */
    private static TaggerModel model(TaggerLearner fitted, Map<String, Integer> ids, List<Integer> counts) {
        float[] averaged = fitted.weights();
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int id = e.getKey().isEmpty() ? -1 : e.getValue();
            if (id < 0 || counts.get(id) < MIN_COUNT || id * L + L > averaged.length) {
                continue;
            }
            float[] w = Arrays.copyOfRange(averaged, id * L, id * L + L);
            boolean any = false;
            for (float v : w) {
                any |= Math.abs(v) >= 1e-3f;
            }
            if (any) {
                weights.put(e.getKey(), w);
            }
        }
        return new TaggerModel(weights, fitted.transitions());
    }

    private static void write(TaggerModel model, Path out, String comment) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8)) {
            model.write(w, comment);
        }
    }

    /**
     * The gold label of every token of the document: the roles of the attributions it lies in, longer contents
     * first so that the roles of an attribution nested in another's content win; the last token of a content, source
     * or cue of two tokens or more takes its role's end label, and a content, source or cue of one token its unit
     * label.
     */
    private static int[] goldLabels(List<Token> tokens, List<BratAttributions.Annotated> attributions) {
        int n = tokens.size();
        int[] role = new int[n];   // 0 outside, else B_CONTENT, B_SOURCE or B_CUE
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        List<BratAttributions.Annotated> ordered = new ArrayList<>(attributions);
        ordered.sort((x, y) -> Integer.compare(length(y.content()), length(x.content())));
        for (int a = 0; a < ordered.size(); a++) {
            BratAttributions.Annotated at = ordered.get(a);
            assign(tokens, at.content(), B_CONTENT, a, role, owner);
            assign(tokens, at.source(), B_SOURCE, a, role, owner);
            assign(tokens, at.cue(), B_CUE, a, role, owner);
        }
        int[] labels = new int[n];
        for (int t = 0; t < n; t++) {
            if (role[t] == 0) {
                continue;
            }
            boolean continues = t > 0 && role[t - 1] == role[t] && owner[t - 1] == owner[t];
            labels[t] = continues ? role[t] + 1 : role[t];
        }
        for (int t = 0; t < n; t++) {
            int y = labels[t];
            boolean inner = y == B_CONTENT + 1 || y == B_SOURCE + 1 || y == B_CUE + 1;
            boolean last = t + 1 == n || labels[t + 1] != y;
            if (inner && last) {
                labels[t] = TaggerModel.endOf(y - 1);
            }
            boolean first = y == B_CONTENT || y == B_SOURCE || y == B_CUE;
            if (first && (t + 1 == n || labels[t + 1] != y + 1)) {
                labels[t] = TaggerModel.unitOf(y);
            }
        }
        return labels;
    }

    private static void assign(List<Token> tokens, List<int[]> fragments, int role, int owner, int[] roles,
                               int[] owners) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.get(t).span().start();
            int end = tokens.get(t).span().end();
            for (int[] f : fragments) {
                if (start < f[1] && f[0] < end) {
                    roles[t] = role;
                    owners[t] = owner;
                }
            }
        }
    }

    private static int length(List<int[]> fragments) {
        return fragments.stream().mapToInt(f -> f[1] - f[0]).sum();
    }

    /** Token precision, recall and F1 of each role on the held-out sequences. */
    private static void report(TaggerLearner scorer, List<Example> test) {
        int[] tp = new int[L];
        int[] predicted = new int[L];
        int[] gold = new int[L];
        for (Example e : test) {
            int[] y = scorer.decode(e.features());
            for (int t = 0; t < y.length; t++) {
                int p = TaggerModel.roleOf(y[t]);
                int g = TaggerModel.roleOf(e.labels()[t]);
                predicted[p]++;
                gold[g]++;
                if (p == g) {
                    tp[p]++;
                }
            }
        }
        for (int r : new int[] {B_CONTENT, B_SOURCE, B_CUE}) {
            double p = predicted[r] == 0 ? 0 : (double) tp[r] / predicted[r];
            double rec = gold[r] == 0 ? 0 : (double) tp[r] / gold[r];
            System.out.printf(Locale.ROOT, "  held out %-8s tokens P %.3f R %.3f F1 %.3f%n",
                    TaggerModel.LABELS.get(r).substring(2), p, rec, p + rec == 0 ? 0 : 2 * p * rec / (p + rec));
        }
    }
}
