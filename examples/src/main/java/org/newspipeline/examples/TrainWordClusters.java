package org.newspipeline.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.newspipeline.quotes.WordClusters;

/**
 * Fits the word classes the attribution tagger reads ({@link WordClusters}): spherical k-means, seeded by
 * k-means++ with a fixed seed, over the 50-dimensional English word vectors that ship in CoreNLP's English models
 * jar (those of its neural coreference model), into {@value #FINE} fine classes; the fine classes' centroids are
 * then grouped the same way into {@value #COARSE} coarse classes. Only words of lowercase letters, apostrophes and
 * hyphens are kept (a capitalised word's vector where no lowercase one exists). Writes the resource
 * {@code models/word-clusters.tsv.gz} of {@code models-config}; the same jar gives the same file.
 *
 * <pre>
 * mvn -q -pl examples -am compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newspipeline.examples.TrainWordClusters -Dexec.args="OUT.tsv.gz [FINE COARSE]"
 * </pre>
 * The test class path is the one that holds the full models jar and the matrix library its vectors need.
 */
public final class TrainWordClusters {

    /** Where the vectors are in the models jar. */
    static final String VECTORS = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";
    /** How many fine classes. */
    static final int FINE = 512;
    /** How many coarse classes. */
    static final int COARSE = 64;
    /** The longest word kept. */
    private static final int MAX_LENGTH = 30;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*");
    private static final int ROUNDS = 50;

    private TrainWordClusters() {
    }

    /**
     * @param args {@code OUT_TSV_GZ [FINE COARSE]}: the file to write, and the numbers of classes if not the
     *             default ones
     * @throws Exception if the vectors cannot be read or the file written
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 3) {
            System.err.println("Usage: TrainWordClusters OUT_TSV_GZ [FINE COARSE]   (with the test class path, see the"
                    + " javadoc)");
            System.exit(2);
        }
        int fineClasses = args.length == 3 ? Integer.parseInt(args[1]) : FINE;
        int coarseClasses = args.length == 3 ? Integer.parseInt(args[2]) : COARSE;
        Map<String, float[]> vectors = lowercaseVectors(
                (edu.stanford.nlp.neural.Embedding) edu.stanford.nlp.io.IOUtils
                        .readObjectFromURLOrClasspathOrFileSystem(VECTORS));
        List<String> words = new ArrayList<>(vectors.keySet());
        float[][] x = new float[words.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = vectors.get(words.get(i));
        }
        int[] fine = kMeans(x, fineClasses, new Random(1));
        float[][] means = centroids(x, fine, fineClasses);
        for (int j = 0; j < means.length; j++) {
            if (means[j] == null) {
                // A class that lost all its words: no word reads its coarse class, any unit vector will do.
                means[j] = new float[x[0].length];
                means[j][0] = 1;
            }
        }
        int[] coarse = kMeans(means, coarseClasses, new Random(2));
        write(Path.of(args[0]), words, fine, coarse);
        System.out.printf(Locale.ROOT, "%d words in %d fine and %d coarse classes -> %s%n", words.size(),
                fineClasses, coarseClasses, args[0]);
    }

    /** The unit-length vector of each kept word, lowercased, in word order. */
    static Map<String, float[]> lowercaseVectors(edu.stanford.nlp.neural.Embedding embedding) {
        Map<String, float[]> out = new TreeMap<>();
        List<String> keys = new ArrayList<>(embedding.keySet());
        keys.sort(null);
        for (String key : keys) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.length() > MAX_LENGTH || !WORD.matcher(lower).matches()
                    || (out.containsKey(lower) && !key.equals(lower))) {
                continue;
            }
            var m = embedding.get(key);
            float[] v = new float[m.getNumElements()];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) m.get(d);
            }
            if (normalise(v)) {
                out.put(lower, v);
            }
        }
        return out;
    }

    /**
     * Spherical k-means: each point goes to the centroid of the largest dot product; seeded by k-means++.
     *
     * @param x      unit-length points
     * @param k      how many classes
     * @param random the seed's source
     * @return each point's class
     */
    static int[] kMeans(float[][] x, int k, Random random) {
        float[][] c = seeds(x, k, random);
        int[] assigned = new int[x.length];
        Arrays.fill(assigned, -1);
        for (int round = 0; round < ROUNDS; round++) {
            int changed = 0;
            for (int i = 0; i < x.length; i++) {
                int best = nearest(x[i], c);
                if (best != assigned[i]) {
                    assigned[i] = best;
                    changed++;
                }
            }
            if (changed == 0) {
                break;
            }
            float[][] moved = centroids(x, assigned, k);
            for (int j = 0; j < k; j++) {
                if (moved[j] != null) {
                    c[j] = moved[j];
                }
            }
        }
        return assigned;
    }

    /** k-means++ seeds: each next seed drawn with a chance that grows with its distance to the seeds so far. */
    private static float[][] seeds(float[][] x, int k, Random random) {
        float[][] c = new float[k][];
        double[] distance = new double[x.length];
        Arrays.fill(distance, Double.MAX_VALUE);
        c[0] = x[random.nextInt(x.length)].clone();
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                distance[i] = Math.min(distance[i], Math.max(0, 1 - dot(x[i], c[j - 1])));
                total += distance[i];
            }
            double draw = random.nextDouble() * total;
            int pick = x.length - 1;
            for (int i = 0; i < x.length; i++) {
                draw -= distance[i];
                if (draw <= 0) {
                    pick = i;
                    break;
                }
            }
            c[j] = x[pick].clone();
        }
        return c;
    }

    private static int nearest(float[] point, float[][] c) {
        int best = 0;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            double d = dot(point, c[j]);
            if (d > bestDot) {
                bestDot = d;
                best = j;
            }
        }
        return best;
    }

    /** The unit-length mean of each class's points; null for a class without points. */
    static float[][] centroids(float[][] x, int[] assigned, int k) {
        float[][] c = new float[k][];
        for (int i = 0; i < x.length; i++) {
            if (c[assigned[i]] == null) {
                c[assigned[i]] = new float[x[i].length];
            }
            for (int d = 0; d < x[i].length; d++) {
                c[assigned[i]][d] += x[i][d];
            }
        }
        for (float[] v : c) {
            if (v != null) {
                normalise(v);
            }
        }
        return c;
    }

    /** Scales to unit length; false if the vector is all zeros. */
    private static boolean normalise(float[] v) {
        double n = Math.sqrt(dot(v, v));
        if (n == 0) {
            return false;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= n;
        }
        return true;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    private static void write(Path out, List<String> words, int[] fine, int[] coarse) throws IOException {
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)),
                StandardCharsets.UTF_8))) {
            w.print("# word<TAB>fine class<TAB>coarse class; written by TrainWordClusters from CoreNLP's English"
                    + " word vectors\n");
            for (int i = 0; i < words.size(); i++) {
                w.print(words.get(i) + "\t" + fine[i] + "\t" + coarse[fine[i]] + "\n");
            }
        }
    }
}
