package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import org.newspipeline.model.Article;

/** Streams every article to one writer (standard output) through one renderer. */
final class StreamSink implements OutputSink {

    private final ArticleRenderer renderer;
    private final Writer out;

    /**
     * @param renderer the format
     * @param out      the stream, flushed after each article and never closed here
     * @param inputs   how many inputs the run has
     * @throws IOException if writing the format's opening fails
     */
    StreamSink(ArticleRenderer renderer, Writer out, int inputs) throws IOException {
        this.renderer = renderer;
        this.out = out;
        renderer.begin(out, inputs);
    }

    @Override
    public void write(Input input, Article article) throws IOException {
        renderer.render(input, article, out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        renderer.end(out);
        out.flush();
    }
}
