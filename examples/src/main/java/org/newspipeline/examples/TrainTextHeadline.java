package org.newspipeline.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.learn.LogisticRegression;
import org.newspipeline.metadata.HeadlineCandidates;
import org.newspipeline.metadata.HeadlineModel;
import org.newspipeline.metadata.MetadataWords;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.TextNormalizer;

/**
 * Fits the text-mode headline model ({@link HeadlineModel}) on the visible text of a metadata evaluation folder (the
 * layout {@code EvaluateMetadata} reads: {@code ids.txt}, {@code evaldata.json} with each page's {@code url} and
 * {@code title}, {@code text/ID.txt}). Each page's body start is found as the pipeline finds it; every candidate
 * line is labelled by whether it equals the page's title (case and spacing aside).
 *
 * <p>Only pages of development sites are fitted on ({@code EvaluateMetadata}'s split by host name): the program
 * reports a 5-fold cross-validation by site over them, then the accuracy of the model fitted on all of them on the
 * held-out sites, each beside the rule it replaced (the nearest heading-like line before the body).
 *
 * <pre>
 * TrainTextHeadline DATA_DIR MODEL_OUT|-
 * </pre>
 */
public final class TrainTextHeadline {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 50;
    private static final int FOLDS = 5;
    /** The rule read the last six lines before the body. */
    private static final int RULE_LINES = 6;

    private TrainTextHeadline() {
    }

    /** One page: its site's fold, its gold title and its candidates. */
    private record Page(String id, boolean heldOut, int fold, String title, List<HeadlineCandidates.Candidate> lines) {
    }

    /**
     * @param args {@code DATA_DIR MODEL_OUT|-}
     * @throws IOException if the folder cannot be read or the model written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TrainTextHeadline DATA_DIR MODEL_OUT|-");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        JsonNode gold = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
        TextNormalizer normalizer = new TextNormalizer();
        BoilerplateRemover boilerplate = BoilerplateRemover.standard();
        HeadlineCandidates candidates = new HeadlineCandidates(MetadataWords.standard());
        List<Page> pages = new ArrayList<>();
        for (String id : new PageFolder(data).ids()) {
            JsonNode g = gold.path(id);
            if (!g.has("title")) {
                continue;
            }
            String url = g.path("url").asText("");
            Path file = data.resolve("text").resolve(id + ".txt");
            List<HeadlineCandidates.Candidate> lines = List.of();
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                BodyText body = boilerplate.apply(normalizer.apply(text), List.of());
                int bodyStart = body.paragraphs().isEmpty() ? text.length() : body.paragraphs().get(0).span().start();
                lines = candidates.of(text, bodyStart);
            }
            pages.add(new Page(id, EvaluateMetadata.heldOut(url), SiteSplit.bucket(url, FOLDS),
                    norm(g.path("title").asText("")), lines));
        }
        List<Page> dev = pages.stream().filter(p -> !p.heldOut()).toList();
        List<Page> heldOut = pages.stream().filter(Page::heldOut).toList();
        int cvRight = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            HeadlineModel model = fit(dev.stream().filter(p -> p.fold() != f).toList());
            cvRight += right(model, dev.stream().filter(p -> p.fold() == f).toList());
        }
        HeadlineModel fitted = fit(dev);
        System.out.printf(Locale.ROOT, "%d pages with a gold title: %d on development sites, %d held out%n",
                pages.size(), dev.size(), heldOut.size());
        System.out.printf(Locale.ROOT, "development sites, %d-fold CV by site: %.3f (the rule: %.3f)%n", FOLDS,
                (double) cvRight / dev.size(), (double) ruleRight(dev) / dev.size());
        System.out.printf(Locale.ROOT, "held-out sites, fitted on all development sites: %.3f (the rule: %.3f)%n",
                (double) right(fitted, heldOut) / heldOut.size(), (double) ruleRight(heldOut) / heldOut.size());
        if (!args[1].equals("-")) {
            Path out = Path.of(args[1]);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                fitted.write(w, List.of("Text-mode headline model: logistic regression (L2 " + L2 + ") fitted by "
                                + "TrainTextHeadline on the " + dev.size() + " trafeval pages of development sites;",
                        "a candidate line is labelled by whether it equals the page's title."));
            }
            System.out.println("wrote " + out);
        }
    }

    private static HeadlineModel fit(List<Page> pages) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Page page : pages) {
            for (HeadlineCandidates.Candidate c : page.lines()) {
                x.add(c.features());
                y.add(!page.title().isEmpty() && norm(c.line()).equals(page.title()) ? 1.0 : 0.0);
            }
        }
        double[] weights = new double[x.size()];
        Arrays.fill(weights, 1);
        return new HeadlineModel(LogisticRegression.fit(x.toArray(new double[0][]),
                y.stream().mapToDouble(d -> d).toArray(), weights, L2, ITERATIONS));
    }

    private static int right(HeadlineModel model, List<Page> pages) {
        int right = 0;
        for (Page page : pages) {
            right += norm(model.choose(page.lines()).orElse("")).equals(page.title()) ? 1 : 0;
        }
        return right;
    }

    /** The rule the model replaced: the nearest of the last six lines before the body that reads as a heading. */
    private static int ruleRight(List<Page> pages) {
        int right = 0;
        int readsAsHeadline = HeadlineModel.FEATURES.indexOf("reads_as_headline");
        int inBody = HeadlineModel.FEATURES.indexOf("in_body");
        int nearness = HeadlineModel.FEATURES.indexOf("nearness");
        for (Page page : pages) {
            Optional<String> chosen = page.lines().stream().filter(c -> c.features()[inBody] == 0)
                    .filter(c -> c.features()[nearness] >= 1.0 / RULE_LINES)
                    .filter(c -> c.features()[readsAsHeadline] > 0).findFirst()
                    .or(() -> page.lines().stream().filter(c -> c.features()[inBody] > 0).limit(1)
                            .filter(c -> c.features()[readsAsHeadline] > 0).findFirst())
                    .map(HeadlineCandidates.Candidate::line);
            right += norm(chosen.orElse("")).equals(page.title()) ? 1 : 0;
        }
        return right;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
