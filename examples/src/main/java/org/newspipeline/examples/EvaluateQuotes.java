package org.newspipeline.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;

/**
 * Annotates every {@code NAME.txt} of a folder and writes {@code NAME.json} (the {@link ArticleJson} shape) into
 * an output folder, for the quote scorer.
 *
 * <pre>
 * EvaluateQuotes TEXT_DIR OUT_DIR
 * </pre>
 */
public final class EvaluateQuotes {

    private EvaluateQuotes() {
    }

    /**
     * @param args {@code TEXT_DIR OUT_DIR}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: EvaluateQuotes TEXT_DIR OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        long buildStart = System.nanoTime();
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
        long start = System.nanoTime();
        int quotes = 0;
        for (Path file : files) {
            Article article = pipeline.annotate(Files.readString(file, StandardCharsets.UTF_8));
            quotes += article.quotes().size();
            String name = file.getFileName().toString().replaceFirst("\\.txt$", ".json");
            Path tmp = out.resolve(name + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ArticleJson.write(article, w, false);
            }
            Files.move(tmp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d articles, %d quotes, pipeline built in %d ms, %.1f ms per article%n",
                files.size(), quotes, buildMillis, files.isEmpty() ? 0.0 : (double) millis / files.size());
    }
}
