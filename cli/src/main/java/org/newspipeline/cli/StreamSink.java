package org.newspipeline.cli;

import java.io.IOException;
import java.io.StringWriter;
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
        // Rendered whole before it is written: an article that fails to render leaves nothing half-written.
        StringWriter one = new StringWriter();
        renderer.render(input, article, one);
        out.write(one.toString());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        renderer.end(out);
        out.flush();
    }
}
