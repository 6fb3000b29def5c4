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
import java.util.function.Function;
import java.util.function.Predicate;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.learn.LogisticRegression;
import org.newspipeline.metadata.AuthorCandidates;
import org.newspipeline.metadata.CandidateModel;
import org.newspipeline.metadata.DateCandidates;
import org.newspipeline.metadata.HeadlineCandidates;
import org.newspipeline.metadata.MetadataWords;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.TextNormalizer;

/**
 * Fits the text-mode metadata models ({@link CandidateModel#headline()} and {@link CandidateModel#date()}) on the
 * visible text of a metadata evaluation folder (the layout {@code EvaluateMetadata} reads: {@code ids.txt},
 * {@code evaldata.json} with each page's {@code url}, {@code title} and {@code date}, {@code text/ID.txt}). Each
 * page's body start is found as the pipeline finds it; every candidate line is labelled by whether it equals the
 * page's title (case and spacing aside), every candidate date by whether it is the page's date.
 *
 * <p>Only pages of development sites are fitted on ({@code EvaluateMetadata}'s split by host name). For each model
 * the program reports a 5-fold cross-validation by site over them and the accuracy on the held-out sites of the
 * model fitted on all of them. The headline model takes the likeliest line; the date model takes the likeliest date
 * above a probability that the cross-validation chooses, written into its bias.
 *
 * <pre>
 * TrainTextMetadata DATA_DIR MODELS_DIR|-
 * </pre>
 */
public final class TrainTextMetadata {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 50;
    private static final int FOLDS = 5;
    private static final double[] THRESHOLDS = {0.5, 0.4, 0.3, 0.2, 0.1, 0.05};

    private TrainTextMetadata() {
    }

    /**
     * A page's text, where its body starts, its headline candidates, its gold date and authors (null: not in the
     * gold) and its site.
     */
    private record PageText(String text, int bodyStart, List<HeadlineCandidates.Candidate> lines, String date,
                            String authors, boolean heldOut, int fold) {
    }

    /** One page's candidates for one field, each labelled, with its site's fold. */
    private record Page(boolean heldOut, int fold, List<double[]> candidates, List<Boolean> right, boolean hasValue) {
    }

    /**
     * @param args {@code DATA_DIR MODELS_DIR|-}
     * @throws IOException if the folder cannot be read or a model written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: TrainTextMetadata DATA_DIR MODELS_DIR|-");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        JsonNode gold = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
        TextNormalizer normalizer = new TextNormalizer();
        BoilerplateRemover boilerplate = BoilerplateRemover.standard();
        MetadataWords words = MetadataWords.standard();
        HeadlineCandidates headlineCandidates = new HeadlineCandidates(words);
        DateCandidates dateCandidates = new DateCandidates(words);
        AuthorCandidates authorCandidates = new AuthorCandidates(words);
        List<Page> titles = new ArrayList<>();
        List<Page> dates = new ArrayList<>();
        List<PageText> pending = new ArrayList<>();
        for (String id : new PageFolder(data).ids()) {
            JsonNode g = gold.path(id);
            String url = g.path("url").asText("");
            boolean heldOut = EvaluateMetadata.heldOut(url);
            int fold = SiteSplit.bucket(url, FOLDS);
            Path file = data.resolve("text").resolve(id + ".txt");
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            BodyText body = boilerplate.apply(normalizer.apply(text), List.of());
            int bodyStart = body.paragraphs().isEmpty() ? text.length() : body.paragraphs().get(0).span().start();
            List<HeadlineCandidates.Candidate> lines = headlineCandidates.of(text, bodyStart);
            if (g.has("title")) {
                String title = norm(g.path("title").asText(""));
                titles.add(page(heldOut, fold, lines, HeadlineCandidates.Candidate::features,
                        c -> !title.isEmpty() && norm(c.line()).equals(title), !title.isEmpty()));
            }
            String date = g.path("date").asText("");
            pending.add(new PageText(text, bodyStart, lines, !g.has("date") ? null
                    : date.length() >= 10 ? date.substring(0, 10) : "", !g.has("author") ? null
                    : authors(g.path("author")), heldOut, fold));
        }
        System.out.println("== headline ==");
        CandidateModel headline = report(titles, HeadlineCandidates.FEATURES, new double[] {0});
        Path models = args[1].equals("-") ? null : Path.of(args[1]);
        write(models, CandidateModel.HEADLINE_RESOURCE, headline, titles, "headline", "line equals the page's title");
        // the date model reads the headline the headline model chooses, as the pipeline does
        List<Page> authors = new ArrayList<>();
        for (PageText p : pending) {
            List<HeadlineCandidates.Candidate> lines = p.lines();
            int best = headline.best(lines.stream().map(HeadlineCandidates.Candidate::features).toList(), 0);
            Optional<String> chosen = best < 0 ? Optional.empty() : Optional.of(lines.get(best).line());
            if (p.date() != null) {
                dates.add(page(p.heldOut(), p.fold(), dateCandidates.of(p.text(), p.bodyStart(), chosen),
                        DateCandidates.Candidate::features, c -> c.date().toString().equals(p.date()),
                        !p.date().isEmpty()));
            }
            if (p.authors() != null) {
                authors.add(page(p.heldOut(), p.fold(), authorCandidates.of(p.text(), p.bodyStart(), chosen),
                        AuthorCandidates.Candidate::features,
                        c -> norm(String.join("; ", c.names())).equals(p.authors()), !p.authors().isEmpty()));
            }
        }
        System.out.println("== date ==");
        CandidateModel date = report(dates, DateCandidates.FEATURES, THRESHOLDS);
        write(models, CandidateModel.DATE_RESOURCE, date, dates, "date", "date is the page's date");
        System.out.println("== authors ==");
        CandidateModel author = report(authors, AuthorCandidates.FEATURES, THRESHOLDS);
        write(models, CandidateModel.AUTHOR_RESOURCE, author, authors, "author", "names are the page's authors");
    }

    private static <C> Page page(boolean heldOut, int fold, List<C> candidates, Function<C, double[]> features,
                                 Predicate<C> right, boolean hasValue) {
        return new Page(heldOut, fold, candidates.stream().map(features).toList(),
                candidates.stream().map(right::test).toList(), hasValue);
    }

    /**
     * Cross-validates by site on the development pages for each threshold, chooses the best, and reports the model
     * fitted on all development pages, shifted to that threshold, on the held-out pages.
     *
     * @return the final model, its bias shifted so that one half is the chosen threshold (none shift for 0)
     */
    private static CandidateModel report(List<Page> pages, List<String> features, double[] thresholds) {
        List<Page> dev = pages.stream().filter(p -> !p.heldOut()).toList();
        List<Page> heldOut = pages.stream().filter(Page::heldOut).toList();
        double bestAccuracy = -1;
        double chosen = thresholds[0];
        for (double t : thresholds) {
            int right = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                CandidateModel model = fit(dev.stream().filter(p -> p.fold() != f).toList(), features);
                right += right(model, t, dev.stream().filter(p -> p.fold() == f).toList());
            }
            double accuracy = (double) right / dev.size();
            System.out.printf(Locale.ROOT, "development sites (%d pages), %d-fold CV by site, %s: %.3f%n",
                    dev.size(), FOLDS, t == 0 ? "the likeliest" : String.format(Locale.ROOT, "p > %.2f", t),
                    accuracy);
            if (accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                chosen = t;
            }
        }
        CandidateModel fitted = fit(dev, features);
        System.out.printf(Locale.ROOT, "held-out sites (%d pages), fitted on all development sites: %.3f%n",
                heldOut.size(), (double) right(fitted, chosen, heldOut) / heldOut.size());
        return chosen == 0 ? fitted : fitted.shiftedTo(chosen);
    }

    private static CandidateModel fit(List<Page> pages, List<String> features) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Page page : pages) {
            x.addAll(page.candidates());
            page.right().forEach(r -> y.add(r ? 1.0 : 0.0));
        }
        double[] weights = new double[x.size()];
        Arrays.fill(weights, 1);
        return new CandidateModel(features, LogisticRegression.fit(x.toArray(new double[0][]),
                y.stream().mapToDouble(d -> d).toArray(), weights, L2, ITERATIONS));
    }

    /** Pages where the model's choice is right: the right candidate, or none where the page has no value. */
    private static int right(CandidateModel model, double threshold, List<Page> pages) {
        int right = 0;
        for (Page page : pages) {
            int best = model.best(page.candidates(), threshold);
            right += best < 0 ? (page.hasValue() ? 0 : 1) : (page.right().get(best) ? 1 : 0);
        }
        return right;
    }

    private static void write(Path models, String name, CandidateModel model, List<Page> pages, String field,
                              String label) throws IOException {
        if (models == null) {
            return;
        }
        Path out = models.resolve(name);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w, List.of("Text-mode " + field + " model: logistic regression (L2 " + L2 + ") fitted by "
                            + "TrainTextMetadata on the " + pages.stream().filter(p -> !p.heldOut()).count()
                            + " trafeval pages of development sites;",
                    "a candidate is labelled by whether its " + label + "."));
        }
        System.out.println("wrote " + out);
    }

    /** The gold's authors, a string or a list, as one string joined by "; ", normalised. */
    private static String authors(JsonNode author) {
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> names.add(a.asText("")));
            return norm(String.join("; ", names));
        }
        return norm(author.asText(""));
    }

    private static String norm(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
