package org.newspipeline.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Metadata;

/**
 * Runs the pipeline over the pages of a metadata evaluation folder ({@code ids.txt}, {@code evaldata.json} with
 * each page's URL, {@code utf8/ID.html.gz}, {@code text/ID.txt}) in HTML or text mode and writes the file the
 * metadata scorer reads: {@code {ID: {"title", "author", "date", "sources"}}}, the authors joined by {@code "; "}
 * and the sources for reading (the scorer ignores them). It also
 * splits the pages by site, so that numbers can be given on sites that no rule was tuned on: a page is held out
 * when the first byte of the SHA-1 of its host name (lower case, without a leading {@code www.}) is a multiple of
 * 4. The two id lists are written next to the predictions, as {@code PREDICTIONS.dev-ids.txt} and
 * {@code PREDICTIONS.heldout-ids.txt}, for the scorer's {@code --ids}.
 *
 * <pre>
 * EvaluateMetadata html|text DATA_DIR PREDICTIONS_JSON
 * </pre>
 */
public final class EvaluateMetadata {

    private EvaluateMetadata() {
    }

    /**
     * @param args {@code html|text DATA_DIR PREDICTIONS_JSON}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("text") || args[0].equals("html"))) {
            System.err.println("Usage: EvaluateMetadata html|text DATA_DIR PREDICTIONS_JSON");
            System.exit(2);
        }
        boolean html = args[0].equals("html");
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        PageFolder folder = new PageFolder(data);
        List<String> ids = folder.ids();
        ObjectMapper json = new ObjectMapper();
        var gold = json.readTree(data.resolve("evaldata.json").toFile());
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        ObjectNode predictions = json.createObjectNode();
        List<String> dev = new ArrayList<>();
        List<String> heldOut = new ArrayList<>();
        long start = System.nanoTime();
        for (String id : ids) {
            (heldOut(gold.path(id).path("url").asText("")) ? heldOut : dev).add(id);
            Metadata m = html ? pipeline.annotateHtml(new String(folder.gunzip("utf8", id + ".html.gz"),
                    StandardCharsets.UTF_8))
                    .metadata() : textMetadata(pipeline, data.resolve("text").resolve(id + ".txt"));
            predictions.putObject(id)
                    .put("title", m.headline().orElse(null))
                    .put("author", m.authors().isEmpty() ? null : String.join("; ", m.authors()))
                    .put("date", m.publicationDate().orElse(null))
                    .put("sources", m.sources().toString());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
        Files.write(Path.of(out + ".dev-ids.txt"), dev, StandardCharsets.UTF_8);
        Files.write(Path.of(out + ".heldout-ids.txt"), heldOut, StandardCharsets.UTF_8);
        System.out.printf("%d pages in %s mode (%d on development sites, %d on held-out sites), %.1f ms per page"
                + " (whole pipeline), predictions in %s%n", ids.size(), args[0], dev.size(), heldOut.size(),
                ids.isEmpty() ? 0.0 : (double) millis / ids.size(), out);
    }

    private static Metadata textMetadata(ArticlePipeline pipeline, Path file) throws IOException {
        return Files.exists(file) ? pipeline.annotate(Files.readString(file, StandardCharsets.UTF_8)).metadata()
                : Metadata.none();
    }

    /**
     * @param url a page's address
     * @return true if the page's site is in the held-out part
     */
    static boolean heldOut(String url) {
        return SiteSplit.bucket(url, 4) == 0;
    }
}
