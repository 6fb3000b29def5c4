package org.newspipeline.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.newspipeline.json.ArticleJson;

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
        FolderAnnotation.Summary run = FolderAnnotation.run(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%d articles, %d quotes, pipeline built in %d ms, %.1f ms per article%n",
                run.articles(), run.quotes(), run.buildMillis(), run.meanMillis());
    }
}
