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
 * Annotates every {@code NAME.txt} of a folder with the default pipeline and writes {@code NAME.json} (the
 * {@link ArticleJson} shape, which both the quote and the attribution scorers read) into an output folder.
 */
final class FolderAnnotation {

    /**
     * What a run did.
     *
     * @param articles     how many articles
     * @param quotes       how many quotes they hold
     * @param attributions how many attributions
     * @param buildMillis  the time to build the pipeline
     * @param meanMillis   the mean time per article
     */
    record Summary(int articles, int quotes, int attributions, long buildMillis, double meanMillis) {
    }

    private FolderAnnotation() {
    }

    /**
     * @param in  the folder of {@code .txt} articles
     * @param out the folder for the {@code .json} files, created if missing
     * @return what was done
     * @throws IOException if a file cannot be read or written
     */
    static Summary run(Path in, Path out) throws IOException {
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
        int attributions = 0;
        for (Path file : files) {
            Article article = pipeline.annotate(Files.readString(file, StandardCharsets.UTF_8));
            quotes += article.quotes().size();
            attributions += article.attributions().size();
            String name = file.getFileName().toString().replaceFirst("\\.txt$", ".json");
            Path tmp = out.resolve(name + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ArticleJson.write(article, w, false);
            }
            Files.move(tmp, out.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        double mean = files.isEmpty() ? 0.0 : (System.nanoTime() - start) / 1e6 / files.size();
        return new Summary(files.size(), quotes, attributions, buildMillis, mean);
    }
}
