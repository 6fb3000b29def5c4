package org.newspipeline.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.newspipeline.json.ArticleJson;

/**
 * Annotates every {@code NAME.txt} of a folder and writes {@code NAME.json} (the {@link ArticleJson} shape, with
 * its {@code "attributions"}) into an output folder, for the attribution scorer; the quote scorer reads the same
 * files.
 *
 * <pre>
 * EvaluateAttributions TEXT_DIR OUT_DIR
 * </pre>
 */
public final class EvaluateAttributions {

    private EvaluateAttributions() {
    }

    /**
     * @param args {@code TEXT_DIR OUT_DIR}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: EvaluateAttributions TEXT_DIR OUT_DIR");
            System.exit(2);
        }
        FolderAnnotation.Summary run = FolderAnnotation.run(Path.of(args[0]), Path.of(args[1]));
        System.out.printf("%d articles, %d attributions, pipeline built in %d ms, %.1f ms per article%n",
                run.articles(), run.attributions(), run.buildMillis(), run.meanMillis());
    }
}
