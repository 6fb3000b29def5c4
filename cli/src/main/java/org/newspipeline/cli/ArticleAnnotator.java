package org.newspipeline.cli;

import java.util.Objects;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.model.Article;

/**
 * What the command annotates with: the pipeline in text or HTML mode, behind a seam so that tests can run the
 * command on an annotator that fails the way a crafted article can make the pipeline fail. Implementations are
 * thread-safe.
 */
interface ArticleAnnotator {

    /**
     * @param input   the input
     * @param content what was read of it
     * @return its article
     */
    Article annotate(Input input, String content);

    /** @return the longest text, in chars, that {@link #annotate} accepts */
    int maxInputChars();

    /**
     * @param pipeline the pipeline
     * @return an annotator that calls {@code annotateHtml} for HTML inputs and {@code annotate} for the others
     */
    static ArticleAnnotator of(ArticlePipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        return new ArticleAnnotator() {
            @Override
            public Article annotate(Input input, String content) {
                return input.html() ? pipeline.annotateHtml(content) : pipeline.annotate(content);
            }

            @Override
            public int maxInputChars() {
                return pipeline.maxInputChars();
            }
        };
    }
}
