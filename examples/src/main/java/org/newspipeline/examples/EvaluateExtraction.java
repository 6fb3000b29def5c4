package org.newspipeline.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Paragraph;

/**
 * Runs the pipeline over an article-extraction data folder ({@code ids.txt}, {@code text/ID.txt},
 * {@code html/ID.html.gz}, the page's bytes in its own charset) in text or HTML mode and writes the predictions file the extraction scorer reads:
 * {@code {ID: {"articleBody": str}}}, the body paragraphs joined by blank lines.
 *
 * <pre>
 * EvaluateExtraction text|html DATA_DIR PREDICTIONS_JSON
 * </pre>
 */
public final class EvaluateExtraction {

    private EvaluateExtraction() {
    }

    /**
     * @param args {@code text|html DATA_DIR PREDICTIONS_JSON}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("text") || args[0].equals("html"))) {
            System.err.println("Usage: EvaluateExtraction text|html DATA_DIR PREDICTIONS_JSON");
            System.exit(2);
        }
        boolean html = args[0].equals("html");
        Path data = Path.of(args[1]);
        List<String> ids = Files.readAllLines(data.resolve("ids.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        ObjectMapper json = new ObjectMapper();
        ObjectNode predictions = json.createObjectNode();
        long start = System.nanoTime();
        for (String id : ids) {
            Article article = html
                    ? pipeline.annotateHtml(readGzip(data.resolve("html").resolve(id + ".html.gz")))
                    : pipeline.annotate(Files.readString(data.resolve("text").resolve(id + ".txt"),
                    StandardCharsets.UTF_8));
            String body = article.body().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
            predictions.putObject(id).put("articleBody", body);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        json.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[2]).toFile(), predictions);
        System.out.printf("%d pages in %s mode, %.1f ms per page (whole pipeline), predictions in %s%n",
                ids.size(), args[0], ids.isEmpty() ? 0.0 : (double) millis / ids.size(), args[2]);
    }

    private static byte[] readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
