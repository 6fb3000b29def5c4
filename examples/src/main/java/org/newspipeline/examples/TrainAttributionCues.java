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
import org.newspipeline.quotes.SubjectContent;

/**
 * Fits the lists of attribution cues from annotated news. For every verb lemma, the share of its uses in the
 * training articles, outside quotations, that annotators marked as the cue of an attribution; a lemma becomes a cue
 * when that share is at least {@value #MIN_SHARE} over at least {@value #MIN_USES} uses. For every verb lemma
 * followed by a preposition or particle ("call for", "refer to"), the share of those uses whose cue is the verb
 * and whose content starts right after the preposition: the pairs with the same share and uses are the phrasal
 * cues. For every verb that was a cue, keyed by its lemma and voice ({@link SubjectContent#key}), the share of its
 * uses as a cue whose attribution has no source and a content that starts right before the verb and goes on after
 * it ({@code The plan seems to work}): those with at least {@value #MIN_SUBJECT_SHARE} are the subject cues. The
 * files it writes are the classpath resources {@code wordlists/attribution-cues.tsv},
 * {@code wordlists/attribution-phrasal-cues.tsv} and {@code wordlists/attribution-subject-cues.tsv} of
 * {@code models-config}: {@code lemma<TAB>share<TAB>uses}, {@code lemma preposition<TAB>share<TAB>uses} and
 * {@code key<TAB>share<TAB>uses}.
 *
 * <pre>
 * TrainAttributionCues SPLIT_DIR OUT_TSV PHRASAL_OUT_TSV SUBJECT_OUT_TSV
 * </pre>
 * {@code SPLIT_DIR} holds {@code text/NAME.txt} and {@code attributions/NAME_XXXX.ann} (brat standoff, the PolNeAR
 * layout; the first annotation file of an article in name order is used).
 */
public final class TrainAttributionCues {

    /** The share of a lemma's uses that must be cues. */
    static final double MIN_SHARE = 0.25;
    /** Rarer lemmas are left out: their share says too little. */
    static final int MIN_USES = 4;
    /**
     * The share of a verb's uses as a cue that must have their subject in the content and no source. Fitted on four
     * fifths of PolNeAR train and measured on the rest, shares from 0.3 to 0.6 gave the same content and source
     * F1; 0.7 kept half the verbs and lost exact content.
     */
    static final double MIN_SUBJECT_SHARE = 0.5;

    private TrainAttributionCues() {
    }

    /**
     * @param args {@code SPLIT_DIR OUT_TSV PHRASAL_OUT_TSV}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("Usage: TrainAttributionCues SPLIT_DIR OUT_TSV PHRASAL_OUT_TSV SUBJECT_OUT_TSV");
            System.exit(2);
        }
        Path split = Path.of(args[0]);
        Properties props = ConfigResources.properties(ConfigResources.CORENLP_ENGLISH);
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, int[]> phrasal = new TreeMap<>();
        Map<String, int[]> subject = new TreeMap<>();
        List<Path> texts;
        try (Stream<Path> list = Files.list(split.resolve("text"))) {
            texts = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int articles = 0;
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = BratAttributions.firstAnnotation(split.resolve("attributions"), name);
            if (ann == null) {
                continue;
            }
            articles++;
            List<int[]> cues = new ArrayList<>();
            List<BratAttributions.Annotated> attributions =
                    BratAttributions.parse(Files.readString(ann, StandardCharsets.UTF_8));
            attributions.forEach(a -> cues.addAll(a.cue()));
            Annotation doc = new Annotation(Files.readString(text, StandardCharsets.UTF_8));
            corenlp.annotate(doc);
            QuotationMarks inQuotation = new QuotationMarks(doc.get(CoreAnnotations.TextAnnotation.class));
            List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
            int sentenceFirst = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0 && tokens.get(i).sentIndex() != tokens.get(i - 1).sentIndex()) {
                    sentenceFirst = i;
                }
                CoreLabel token = tokens.get(i);
                if (!token.tag().startsWith("VB") || inQuotation.isInside(token.beginPosition())) {
                    // A verb inside a quotation is the quoted speaker's word, never the article's cue.
                    continue;
                }
                String lemma = token.lemma().toLowerCase(Locale.ROOT);
                int[] c = counts.computeIfAbsent(lemma, k -> new int[2]);
                c[0]++;
                boolean isCue = overlapsAny(token.beginPosition(), token.endPosition(), cues);
                if (isCue) {
                    c[1]++;
                }
                if (isCue && !lemma.equals("be")) {
                    // "be" is the auxiliary of a passive cue ("is expected"), which the participle's key holds.
                    int[] sc = subject.computeIfAbsent(SubjectContent.key(k -> tokens.get(k).lemma(),
                            k -> tokens.get(k).tag(), i, sentenceFirst), k -> new int[2]);
                    sc[0]++;
                    if (subjectInContent(attributions, token, doc.get(CoreAnnotations.TextAnnotation.class))) {
                        sc[1]++;
                    }
                }
                if (i + 2 < tokens.size() && isPreposition(tokens.get(i + 1))) {
                    int[] p = phrasal.computeIfAbsent(lemma + " " + tokens.get(i + 1).word().toLowerCase(Locale.ROOT),
                            k -> new int[2]);
                    p[0]++;
                    if (contentFollows(attributions, token, tokens.get(i + 2))) {
                        p[1]++;
                    }
                }
            }
        }
        int kept = write(Path.of(args[1]), counts, "# Verb lemmas that mark attributions in news, fitted by"
                + " TrainAttributionCues on " + articles + " annotated articles.",
                "# lemma<TAB>share of its uses as a verb that were an attribution's cue<TAB>uses.", MIN_SHARE);
        int keptPhrasal = write(Path.of(args[2]), phrasal, "# Verbs with a preposition that mark attributions in news"
                + " (the content follows the preposition), fitted by TrainAttributionCues on " + articles
                + " annotated articles.", "# lemma preposition<TAB>share of the verb's uses before that preposition"
                + " that were an attribution's cue with its content right after the preposition<TAB>uses.", MIN_SHARE);
        int keptSubject = write(Path.of(args[3]), subject, "# Cues whose subject is part of the content, with no"
                + " source (\"The plan seems to work\"), fitted by TrainAttributionCues on " + articles
                + " annotated articles.", "# lemma, after \"be \" in the passive<TAB>share of its uses as a cue"
                + " whose content starts right before it and goes on after it, with no source<TAB>uses as a cue.",
                MIN_SUBJECT_SHARE);
        System.out.printf("%d articles, %d verb lemmas, %d kept as cues; %d verb-preposition pairs, %d kept;"
                + " %d subject cues kept of %d%n", articles, counts.size(), kept, phrasal.size(), keptPhrasal,
                keptSubject, subject.size());
    }

    /** Writes the entries with enough uses and share; @return how many. */
    private static int write(Path out, Map<String, int[]> counts, String title, String columns, double minShare)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(columns + " Kept: share >= " + minShare + ", uses >= " + MIN_USES + ".");
        int kept = 0;
        for (var e : counts.entrySet()) {
            int uses = e.getValue()[0];
            double share = (double) e.getValue()[1] / uses;
            if (uses >= MIN_USES && share >= minShare) {
                lines.add(String.format(Locale.ROOT, "%s\t%.3f\t%d", e.getKey(), share, uses));
                kept++;
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        return kept;
    }

    /** A preposition or particle that can stand between a verb and what it reports, but not "that" or "if". */
    private static boolean isPreposition(CoreLabel token) {
        String tag = token.tag();
        String word = token.word().toLowerCase(Locale.ROOT);
        return (tag.equals("IN") || tag.equals("TO") || tag.equals("RP")) && !word.equals("that") && !word.equals("if")
                && !word.equals("whether");
    }

    /** Whether one attribution has its cue on the verb and a content fragment starting at {@code next}. */
    private static boolean contentFollows(List<BratAttributions.Annotated> attributions, CoreLabel verb,
                                          CoreLabel next) {
        for (BratAttributions.Annotated a : attributions) {
            if (overlapsAny(verb.beginPosition(), verb.endPosition(), a.cue())
                    && a.content().stream().anyMatch(c -> c[0] == next.beginPosition())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the attribution whose cue is the verb has no source, a content piece ending at most
     * {@value SubjectContent#MAX_SUBJECT_GAP_WORDS} words before the cue and one after it.
     */
    private static boolean subjectInContent(List<BratAttributions.Annotated> attributions, CoreLabel verb,
                                            String text) {
        for (BratAttributions.Annotated a : attributions) {
            if (!overlapsAny(verb.beginPosition(), verb.endPosition(), a.cue()) || !a.source().isEmpty()) {
                continue;
            }
            int cueStart = a.cue().stream().mapToInt(s -> s[0]).min().orElseThrow();
            int cueEnd = a.cue().stream().mapToInt(s -> s[1]).max().orElseThrow();
            boolean before = a.content().stream().anyMatch(c -> c[1] <= cueStart
                    && words(text.substring(c[1], cueStart)) <= SubjectContent.MAX_SUBJECT_GAP_WORDS);
            boolean after = a.content().stream().anyMatch(c -> c[0] >= cueEnd);
            return before && after;
        }
        return false;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
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
