package org.newspipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.learn.DecimalFloats;
import org.newspipeline.pipeline.BackgroundLoad;

/**
 * The weights of the attribution tagger: a first-order linear sequence model that gives every token of a paragraph
 * one of the labels {@link #LABELS} (outside, or the first, an inner or the last token of an attribution's content,
 * source or cue, or the only token of a one-token one: the last and the only token have labels of their own, so that
 * the model learns where each ends) and decodes the best well-formed sequence of labels with the Viterbi algorithm
 * (a run begins with its first or unit label and ends with its end or unit label, in one role). The weights
 * are fitted by the project's training program ({@code TrainAttributionTagger}, averaged passive-aggressive
 * learning on annotated news) and shipped as the resource {@value #RESOURCE} of {@code models-config}.
 *
 * <p>The file is UTF-8 text, gzipped: a line {@code labels} with the label names, lines {@code T<TAB>from<TAB>to
 * <TAB>weight} for the transitions ({@code from} is {@code START} before the first token), then one line per
 * feature: its name and one weight per label. Lines starting with {@code #} are comments.
 *
 * <p>The shipped model has two passes ({@link #withSecondPass}): the second reads the same features and what the
 * first labelled around each token, and its labels are the answer. It is shipped as {@value #STACKED_RESOURCE}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TaggerModel {

    /** The labels, in the order of the weight columns. */
    public static final List<String> LABELS = List.of("O", "B-CONTENT", "I-CONTENT", "B-SOURCE", "I-SOURCE",
            "B-CUE", "I-CUE", "E-CONTENT", "E-SOURCE", "E-CUE", "U-CONTENT", "U-SOURCE", "U-CUE");
    /** Label index: outside every attribution. */
    public static final int OUTSIDE = 0;
    /** Label index: the first token of a content of two tokens or more; the next index is a token inside it. */
    public static final int CONTENT = 1;
    /** Label index: the first token of a source of two tokens or more; the next index is a token inside it. */
    public static final int SOURCE = 3;
    /** Label index: the first token of a cue of two tokens or more; the next index is a token inside it. */
    public static final int CUE = 5;
    /** Label index: the last token of a content of two tokens or more. */
    public static final int END_CONTENT = 7;
    /** Label index: the last token of a source of two tokens or more. */
    public static final int END_SOURCE = 8;
    /** Label index: the last token of a cue of two tokens or more. */
    public static final int END_CUE = 9;
    /** Label index: a content of one token. */
    public static final int UNIT_CONTENT = 10;
    /** Label index: a source of one token. */
    public static final int UNIT_SOURCE = 11;
    /** Label index: a cue of one token. */
    public static final int UNIT_CUE = 12;
    /** The resource the pipeline loads. */
    public static final String RESOURCE = "attribution-tagger.tsv.gz";

    private static final int L = LABELS.size();

    /** The resource of the second pass, which reads the first pass's labels too. */
    public static final String STACKED_RESOURCE = "attribution-tagger-stacked.tsv.gz";

    private final FeatureWeights weights;
    /** {@code transitions[from][to]}; row {@code L} is the start. */
    private final float[][] transitions;
    /** The second pass, or null. */
    private final TaggerModel second;

    /**
     * @param weights     per feature, one weight per label
     * @param transitions {@code (LABELS.size() + 1) x LABELS.size()}: from each label, then from the start
     */
    public TaggerModel(Map<String, float[]> weights, float[][] transitions) {
        this(table(Objects.requireNonNull(weights, "weights")), transitions);
    }

    private TaggerModel(FeatureWeights weights, float[][] transitions) {
        if (transitions.length != L + 1) {
            throw new IllegalArgumentException("transitions need " + (L + 1) + " rows");
        }
        this.weights = weights;
        this.transitions = new float[L + 1][];
        for (int i = 0; i <= L; i++) {
            if (transitions[i].length != L) {
                throw new IllegalArgumentException("transitions need " + L + " columns");
            }
            this.transitions[i] = transitions[i].clone();
        }
        this.second = null;
    }

    private static FeatureWeights table(Map<String, float[]> weights) {
        FeatureWeights.Builder table = new FeatureWeights.Builder(L);
        weights.forEach(table::add);
        return table.build();
    }

    private TaggerModel(TaggerModel first, TaggerModel second) {
        this.weights = first.weights;
        this.transitions = first.transitions;
        this.second = second;
    }

    /**
     * This model followed by a second pass: a model over each token's features and {@link #stackedFeatures} of
     * this model's labels, whose labels are the answer (stacked learning: the second pass sees what the first
     * found around each token, as far as the paragraph reaches).
     *
     * @param secondPass the second model, fitted on the labels this model gives to text it was not fitted on
     * @return the two-pass model
     */
    public TaggerModel withSecondPass(TaggerModel secondPass) {
        return new TaggerModel(this, Objects.requireNonNull(secondPass, "secondPass"));
    }

    /**
     * The features a second pass reads of the first pass's labels at token {@code t}: the labels around it, the
     * distance to the nearest cue on either side and to the nearest source before it, and the length of the content
     * it lies in.
     *
     * @param labels the first pass's labels of a paragraph
     * @param t      the token
     * @return the feature names
     */
    public static String[] stackedFeatures(int[] labels, int t) {
        String here = label(labels, t);
        int cueLeft = -1;
        int sourceLeft = -1;
        for (int k = t - 1; k >= 0 && (cueLeft < 0 || sourceLeft < 0); k--) {
            if (cueLeft < 0 && isCue(labels[k])) {
                cueLeft = t - k;
            }
            if (sourceLeft < 0 && roleOf(labels[k]) == SOURCE) {
                sourceLeft = t - k;
            }
        }
        int cueRight = -1;
        for (int k = t + 1; k < labels.length; k++) {
            if (isCue(labels[k])) {
                cueRight = k - t;
                break;
            }
        }
        int run = 0;
        if (labels[t] == UNIT_CONTENT) {
            run = 1;
        } else if (isContent(labels[t])) {
            int from = t;
            while (from > 0 && labels[from] != CONTENT
                    && (labels[from - 1] == CONTENT || labels[from - 1] == CONTENT + 1)) {
                from--;
            }
            int to = t + 1;
            while (to < labels.length && labels[to - 1] != END_CONTENT
                    && (labels[to] == CONTENT + 1 || labels[to] == END_CONTENT)) {
                to++;
            }
            run = to - from;
        }
        return new String[] {
            "s=" + here,
            "s-1=" + label(labels, t - 1) + "|s=" + here,
            "s+1=" + label(labels, t + 1) + "|s=" + here,
            "s-2=" + label(labels, t - 2),
            "s+2=" + label(labels, t + 2),
            "scl=" + gap(cueLeft) + "|s=" + here,
            "scr=" + gap(cueRight) + "|s=" + here,
            "scl=" + gap(cueLeft) + "|scr=" + gap(cueRight),
            "ssl=" + gap(sourceLeft),
            "srun=" + gap(run),
        };
    }

    /** Whether a label marks a cue token (begin, inside, end or unit). */
    static boolean isCue(int label) {
        return roleOf(label) == CUE;
    }

    private static boolean isContent(int label) {
        return roleOf(label) == CONTENT;
    }

    /**
     * @param role a role's first label: {@link #CONTENT}, {@link #SOURCE} or {@link #CUE}
     * @return the label of a run of that role that is one token long
     * @throws IllegalArgumentException for another label
     */
    public static int unitOf(int role) {
        return switch (role) {
            case CONTENT -> UNIT_CONTENT;
            case SOURCE -> UNIT_SOURCE;
            case CUE -> UNIT_CUE;
            default -> throw new IllegalArgumentException("not a role's first label: " + role);
        };
    }

    /**
     * @param role a role's first label: {@link #CONTENT}, {@link #SOURCE} or {@link #CUE}
     * @return the label of its last token
     * @throws IllegalArgumentException for another label
     */
    public static int endOf(int role) {
        return switch (role) {
            case CONTENT -> END_CONTENT;
            case SOURCE -> END_SOURCE;
            case CUE -> END_CUE;
            default -> throw new IllegalArgumentException("not a role's first label: " + role);
        };
    }

    /**
     * @param label a label index into {@link #LABELS}
     * @return the role it belongs to, as that role's first label, or {@link #OUTSIDE}
     */
    public static int roleOf(int label) {
        return switch (label) {
            case CONTENT, CONTENT + 1, END_CONTENT, UNIT_CONTENT -> CONTENT;
            case SOURCE, SOURCE + 1, END_SOURCE, UNIT_SOURCE -> SOURCE;
            case CUE, CUE + 1, END_CUE, UNIT_CUE -> CUE;
            default -> OUTSIDE;
        };
    }

    private static String label(int[] labels, int t) {
        return t < 0 ? "<p>" : t >= labels.length ? "</p>" : LABELS.get(labels[t]);
    }

    private static String gap(int d) {
        if (d < 0) {
            return "none";
        }
        return d <= 2 ? Integer.toString(d) : d <= 5 ? "3-5" : d <= 12 ? "6-12" : d <= 25 ? "13-25" : "26+";
    }

    /** @return whether a second pass follows this model */
    public boolean hasSecondPass() {
        return second != null;
    }

    /**
     * The model of {@code models-config}.
     *
     * @return the fitted model
     * @throws IllegalStateException if the resource is missing or malformed
     */
    public static TaggerModel english() {
        BackgroundLoad<TaggerModel> second = BackgroundLoad.start("attribution tagger second pass",
                () -> load(STACKED_RESOURCE));
        return load(RESOURCE).withSecondPass(second.join());
    }

    private static TaggerModel load(String resource) {
        return ConfigResources.readGzippedModel(resource, TaggerModel::read);
    }

    /**
     * Reads a model in the format above (not gzipped).
     *
     * @param in the stream; not closed
     * @return the model
     * @throws IOException           if the stream cannot be read
     * @throws IllegalStateException if a line is malformed, or the file names other labels than {@link #LABELS}
     */
    public static TaggerModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        FeatureWeights.Builder weights = new FeatureWeights.Builder(L);
        float[][] transitions = new float[L + 1][L];
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("labels\t")) {
                List<String> labels = List.of(line.substring("labels\t".length()).split("\t"));
                if (!labels.equals(LABELS)) {
                    throw new IllegalStateException("Tagger model for the labels " + labels
                            + "; this code reads " + LABELS);
                }
                continue;
            }
            try {
                String[] cols = line.startsWith("T\t") ? line.split("\t") : null;
                if (cols != null && cols.length == 4) {
                    int from = cols[1].equals("START") ? L : LABELS.indexOf(cols[1]);
                    int to = LABELS.indexOf(cols[2]);
                    transitions[from][to] = Float.parseFloat(cols[3]);
                } else {
                    int tab = line.indexOf('\t');
                    if (tab < 0) {
                        throw new IllegalStateException("Malformed tagger model line: " + line);
                    }
                    weights.add(line.substring(0, tab), weightsAfter(line, tab));
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException("Malformed tagger model line: " + line, e);
            }
        }
        return new TaggerModel(weights.build(), transitions);
    }

    /** The {@link #L} tab-separated weights after the feature name that ends at {@code tab}. */
    private static float[] weightsAfter(String line, int tab) {
        float[] w = new float[L];
        int start = tab + 1;
        for (int k = 0; k < L; k++) {
            int end = k == L - 1 ? line.length() : line.indexOf('\t', start);
            if (end < 0 || k == L - 1 && line.indexOf('\t', start) >= 0) {
                throw new IllegalStateException("Malformed tagger model line: " + line);
            }
            w[k] = DecimalFloats.parse(line, start, end);
            start = end + 1;
        }
        return w;
    }

    /**
     * Writes the model in the format {@link #read} reads, features in name order; a feature whose name holds a tab
     * or a line break is left out.
     *
     * @param out     where to write (not gzipped, not closed)
     * @param comment a first comment line: how the model was fitted
     * @throws IOException if writing fails
     */
    public void write(Writer out, String comment) throws IOException {
        out.write("# " + comment.replace('\n', ' ') + "\n");
        out.write("labels\t" + String.join("\t", LABELS) + "\n");
        for (int from = 0; from <= L; from++) {
            for (int to = 0; to < L; to++) {
                out.write("T\t" + (from == L ? "START" : LABELS.get(from)) + "\t" + LABELS.get(to) + "\t"
                        + number(transitions[from][to]) + "\n");
            }
        }
        for (String name : weights.namesInOrder()) {
            if (!isWritable(name)) {
                continue;
            }
            StringBuilder line = new StringBuilder(name);
            for (float w : weights.get(name)) {
                line.append('\t').append(number(w));
            }
            out.write(line.append('\n').toString());
        }
    }

    /**
     * Whether a feature's name fits on its line: a name that holds a tab or a line break (a token of markup left in
     * a scraped text) cannot be written, and is left out; such a feature then has no weight, as unseen ones have.
     */
    private static boolean isWritable(String name) {
        return name.indexOf('\t') < 0 && name.indexOf('\n') < 0 && name.indexOf('\r') < 0;
    }

    private static String number(float w) {
        return w == 0 ? "0" : String.format(Locale.ROOT, "%.4g", w);
    }

    /** @return how many features have weights */
    public int featureCount() {
        return weights.size();
    }

    /**
     * The best labels for a sequence of tokens.
     *
     * @param features each token's feature names
     * @return each token's label index into {@link #LABELS}
     */
    public int[] decode(List<String[]> features) {
        List<long[]> keys = new ArrayList<>(features.size());
        for (String[] names : features) {
            keys.add(FeatureWeights.fingerprints(names));
        }
        return decodeKeys(keys);
    }

    /** {@link #decode} of the features' fingerprints, each feature hashed once for both passes. */
    private int[] decodeKeys(List<long[]> keys) {
        float[][] emissions = new float[keys.size()][];
        for (int t = 0; t < emissions.length; t++) {
            emissions[t] = emissions(keys.get(t));
        }
        int[] labels = viterbi(emissions, transitions);
        if (second == null) {
            return labels;
        }
        List<long[]> stacked = new ArrayList<>(keys.size());
        for (int t = 0; t < labels.length; t++) {
            long[] base = keys.get(t);
            long[] more = FeatureWeights.fingerprints(stackedFeatures(labels, t));
            long[] all = Arrays.copyOf(base, base.length + more.length);
            System.arraycopy(more, 0, all, base.length, more.length);
            stacked.add(all);
        }
        return second.decodeKeys(stacked);
    }

    /**
     * The best well-formed labels given each token's score per label and the transition scores (the Viterbi
     * algorithm): no run starts inside or ends halfway, none changes role.
     *
     * @param emissions   per token, a score per label
     * @param transitions {@code transitions[from][to]}, row {@code LABELS.size()} from the start
     * @return each token's label index
     */
    public static int[] viterbi(float[][] emissions, float[][] transitions) {
        return viterbi(emissions, transitions, true);
    }

    /**
     * The best labels given each token's score per label and the transition scores, well-formed or any.
     * The training program fits on any sequence: fitted on well-formed ones only, the tagger did no better in
     * cross-validation.
     *
     * @param emissions   per token, a score per label
     * @param transitions {@code transitions[from][to]}, row {@code LABELS.size()} from the start
     * @param wellFormed  whether only well-formed sequences count ({@link #viterbi(float[][], float[][])})
     * @return each token's label index
     */
    public static int[] viterbi(float[][] emissions, float[][] transitions, boolean wellFormed) {
        boolean[][] follows = wellFormed ? FOLLOWS : ANY;
        int n = emissions.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[L];
        float[] next = new float[L];
        int[][] back = new int[n][L];
        for (int y = 0; y < L; y++) {
            score[y] = follows[L][y] ? transitions[L][y] + emissions[0][y] : Float.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < L; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!follows[p][y]) {
                        continue;
                    }
                    float s = score[p] + transitions[p][y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[y] = best + emissions[t][y];
                back[t][y] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int y = 0;
        for (int k = 1; k < L; k++) {
            if ((!wellFormed || closes(k)) && score[k] > score[y]) {
                y = k;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            out[t] = y;
            y = back[t][y];
        }
        return out;
    }

    /**
     * {@code FOLLOWS[from][to]}: whether a label may follow another (row {@code L}: the start). A run that has begun
     * goes on or ends in its own role; after the outside, an end or a unit, only the outside, a first or a unit.
     */
    private static final boolean[][] FOLLOWS = follows();

    /** Any label may follow any other. */
    private static final boolean[][] ANY = any();

    private static boolean[][] any() {
        boolean[][] ok = new boolean[L + 1][L];
        for (boolean[] row : ok) {
            Arrays.fill(row, true);
        }
        return ok;
    }

    private static boolean[][] follows() {
        boolean[][] ok = new boolean[L + 1][L];
        for (int from = 0; from <= L; from++) {
            for (int to = 0; to < L; to++) {
                boolean open = from < L && (from == CONTENT || from == SOURCE || from == CUE
                        || from == CONTENT + 1 || from == SOURCE + 1 || from == CUE + 1);
                boolean continues = to == CONTENT + 1 || to == SOURCE + 1 || to == CUE + 1
                        || to == END_CONTENT || to == END_SOURCE || to == END_CUE;
                ok[from][to] = open ? continues && roleOf(to) == roleOf(from) : !continues;
            }
        }
        return ok;
    }

    /** Whether a paragraph may end on the label: not inside a run. */
    private static boolean closes(int label) {
        return label == OUTSIDE || label >= END_CONTENT;
    }

    /** The sum of the weights of a token's features, per label. */
    private float[] emissions(long[] features) {
        float[] sum = new float[L];
        for (long f : features) {
            weights.addTo(f, sum);
        }
        return sum;
    }
}
