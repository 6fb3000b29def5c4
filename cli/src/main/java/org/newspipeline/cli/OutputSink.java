package org.newspipeline.cli;

import java.io.IOException;
import org.newspipeline.model.Article;

/** Where annotated articles go: standard output, or one file each in a folder. Used by one thread. */
interface OutputSink extends AutoCloseable {

    /**
     * @param input   where the article came from
     * @param article the article
     * @throws IOException if writing fails
     */
    void write(Input input, Article article) throws IOException;

    /** Ends the output (a closing bracket, a flush); does not close standard output. */
    @Override
    void close() throws IOException;
}
