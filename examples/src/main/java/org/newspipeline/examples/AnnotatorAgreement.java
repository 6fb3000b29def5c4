package org.newspipeline.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How far two trained annotators agree, measured as the attribution scorer measures the pipeline: for every
 * article of PolNeAR-style splits that more than one annotator annotated, the first annotation file in name order
 * becomes the gold (as the scorer takes it) and each further annotator's attributions are written in the shape of
 * the pipeline's {@code "attributions"}, so that the scorer compares a second person's reading with the first.
 *
 * <pre>
 * AnnotatorAgreement OUT_DIR SPLIT_DIR...
 * </pre>
 *
 * <p>Writes {@code OUT_DIR/gold/text/NAME.txt} and {@code OUT_DIR/gold/attributions/NAME_XXXX.ann} (copies of the
 * article and its first annotation) and {@code OUT_DIR/annotator-K/NAME.json} for the K-th annotator (K = 2, 3,
 * ...). Only articles with at least K annotators have a file in {@code annotator-K}: score it against a gold folder
 * of those articles, or read {@code annotator-2}, which every article has. Sources and cues of several fragments
 * are written as one span from the first fragment's start to the last one's end, as the pipeline writes them.
 */
public final class AnnotatorAgreement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotatorAgreement() {
    }

    /**
     * @param args {@code OUT_DIR SPLIT_DIR...}, each split holding {@code text/} and {@code attributions/}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: AnnotatorAgreement OUT_DIR SPLIT_DIR...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int articles = 0;
        for (int i = 1; i < args.length; i++) {
            Path split = Path.of(args[i]);
            for (Map.Entry<String, List<Path>> article : annotationsByArticle(split.resolve("attributions"))
                    .entrySet()) {
                List<Path> anns = article.getValue();
                if (anns.size() < 2) {
                    continue;
                }
                String name = article.getKey();
                Path text = split.resolve("text").resolve(name + ".txt");
                Files.createDirectories(out.resolve("gold/text"));
                Files.createDirectories(out.resolve("gold/attributions"));
                Files.copy(text, out.resolve("gold/text").resolve(name + ".txt"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(anns.get(0), out.resolve("gold/attributions").resolve(anns.get(0).getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
                String body = Files.readString(text, StandardCharsets.UTF_8);
                for (int k = 1; k < anns.size(); k++) {
                    Path dir = out.resolve("annotator-" + (k + 1));
                    Files.createDirectories(dir);
                    List<BratAttributions.Annotated> read =
                            BratAttributions.parse(Files.readString(anns.get(k), StandardCharsets.UTF_8));
                    JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".json").toFile(),
                            asPredictions(body, read));
                }
                articles++;
            }
        }
        System.out.printf("%d articles with more than one annotator written to %s%n", articles, out);
    }

    /** Each article's annotation files ({@code NAME_XXXX.ann}) by article name, each list in name order. */
    static Map<String, List<Path>> annotationsByArticle(Path folder) throws IOException {
        Map<String, List<Path>> byName = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> p.getFileName().toString().matches(".+_[^_]+\\.ann")).sorted().forEach(p -> {
                String file = p.getFileName().toString();
                byName.computeIfAbsent(file.substring(0, file.lastIndexOf('_')), n -> new ArrayList<>()).add(p);
            });
        }
        return byName;
    }

    /** An annotator's attributions as the pipeline's JSON writes them: {@code {"attributions": [...]}}. */
    static ObjectNode asPredictions(String text, List<BratAttributions.Annotated> annotated) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode all = root.putArray("attributions");
        for (BratAttributions.Annotated a : annotated) {
            ObjectNode one = all.addObject();
            ArrayNode content = one.putArray("content");
            for (int[] fragment : a.content()) {
                content.add(span(text, fragment[0], fragment[1]));
            }
            one.set("source", joined(text, a.source()));
            one.putNull("speaker");
            one.set("cue", joined(text, a.cue()));
            one.putNull("kind");
        }
        return root;
    }

    /** The fragments as one span from the first start to the last end, or null for none. */
    private static ObjectNode joined(String text, List<int[]> fragments) {
        if (fragments.isEmpty()) {
            return null;
        }
        int start = fragments.stream().mapToInt(f -> f[0]).min().getAsInt();
        int end = fragments.stream().mapToInt(f -> f[1]).max().getAsInt();
        return span(text, start, end);
    }

    private static ObjectNode span(String text, int start, int end) {
        int s = Math.min(start, text.length());
        int e = Math.min(end, text.length());
        ObjectNode node = JSON.createObjectNode();
        node.put("start", s);
        node.put("end", e);
        node.put("text", text.substring(s, e));
        return node;
    }
}
