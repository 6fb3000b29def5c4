package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import org.newspipeline.model.Article;

/**
 * Writes articles in one output format to a stream: {@link #begin}, then {@link #render} for each article in input
 * order, then {@link #end}. A renderer may keep state between these calls (whether a separator is due), so use a
 * new one for each stream; not thread-safe.
 */
interface ArticleRenderer {

    /**
     * @param out    the stream
     * @param inputs how many inputs the run has (some may fail and never be rendered)
     * @throws IOException if writing fails
     */
    default void begin(Writer out, int inputs) throws IOException {
    }

    /**
     * @param input   where the article came from
     * @param article the article
     * @param out     the stream
     * @throws IOException if writing fails
     */
    void render(Input input, Article article, Writer out) throws IOException;

    /**
     * @param out the stream
     * @throws IOException if writing fails
     */
    default void end(Writer out) throws IOException {
    }
}
