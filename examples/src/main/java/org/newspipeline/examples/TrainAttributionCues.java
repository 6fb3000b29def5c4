package org.newspipeline.examples;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newspipeline.config.ConfigResources;

/**
 * Fits the list of attribution cue verbs from annotated news: for every verb lemma, the share of its uses in the
 * training articles, outside quotations, that annotators marked as the cue of an attribution. A lemma becomes a cue when that share is
 * at least {@value #MIN_SHARE} over at least {@value #MIN_USES} uses. The file it writes is the classpath resource
 * {@code wordlists/attribution-cues.tsv} of {@code models-config}: {@code lemma<TAB>share<TAB>uses}.
 *
 * <pre>
 * TrainAttributionCues SPLIT_DIR OUT_TSV
 * </pre>
 * {@code SPLIT_DIR} holds {@code text/NAME.txt} and {@code attributions/NAME_XXXX.ann} (brat standoff, the PolNeAR
 * layout; the first annotation file of an article in name order is used).
 */
public final class TrainAttributionCues {

    /** The share of a lemma's uses that must be cues. */
    static final double MIN_SHARE = 0.25;
    /** Rarer lemmas are left out: their share says too little. */
    static final int MIN_USES = 4;

    private TrainAttributionCues() {
    }

    /**
     * @param args {@code SPLIT_DIR OUT_TSV}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TrainAttributionCues SPLIT_DIR OUT_TSV");
            System.exit(2);
        }
        Path split = Path.of(args[0]);
        Properties props = ConfigResources.properties(ConfigResources.CORENLP_ENGLISH);
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        Map<String, int[]> counts = new TreeMap<>();
        List<Path> texts;
        try (Stream<Path> list = Files.list(split.resolve("text"))) {
            texts = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int articles = 0;
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = firstAnnotation(split.resolve("attributions"), name);
            if (ann == null) {
                continue;
            }
            articles++;
            List<int[]> cues = new ArrayList<>();
            BratAttributions.parse(Files.readString(ann, StandardCharsets.UTF_8)).forEach(a -> cues.addAll(a.cue()));
            Annotation doc = new Annotation(Files.readString(text, StandardCharsets.UTF_8));
            corenlp.annotate(doc);
            QuotationMarks inQuotation = new QuotationMarks(doc.get(CoreAnnotations.TextAnnotation.class));
            for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!token.tag().startsWith("VB") || inQuotation.isInside(token.beginPosition())) {
                    // A verb inside a quotation is the quoted speaker's word, never the article's cue.
                    continue;
                }
                int[] c = counts.computeIfAbsent(token.lemma().toLowerCase(Locale.ROOT), k -> new int[2]);
                c[0]++;
                if (overlapsAny(token.beginPosition(), token.endPosition(), cues)) {
                    c[1]++;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Verb lemmas that mark attributions in news, fitted by TrainAttributionCues on " + articles
                + " annotated articles.");
        lines.add("# lemma<TAB>share of its uses as a verb that were an attribution's cue<TAB>uses."
                + " Kept: share >= " + MIN_SHARE + ", uses >= " + MIN_USES + ".");
        int kept = 0;
        for (var e : counts.entrySet()) {
            int uses = e.getValue()[0];
            double share = (double) e.getValue()[1] / uses;
            if (uses >= MIN_USES && share >= MIN_SHARE) {
                lines.add(String.format(Locale.ROOT, "%s\t%.3f\t%d", e.getKey(), share, uses));
                kept++;
            }
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.printf("%d articles, %d verb lemmas, %d kept as cues%n", articles, counts.size(), kept);
    }

    private static Path firstAnnotation(Path folder, String name) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(name + "_") && f.endsWith(".ann")
                        && f.substring(name.length() + 1, f.length() - 4).matches("[^_]+");
            }).sorted().findFirst().orElse(null);
        }
    }

    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        for (int[] s : spans) {
            if (start < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
