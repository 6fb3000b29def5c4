package org.newspipeline.cli;

import java.util.function.Function;
import org.newspipeline.model.Article;

/**
 * An annotator for tests that need no models: it gives an empty article of the text, or throws what {@code fail}
 * returns for the input's text (null to succeed).
 */
final class StubAnnotator implements ArticleAnnotator {

    private final Function<String, Throwable> fail;

    /** @param fail what to throw for a text, or null to annotate it */
    StubAnnotator(Function<String, Throwable> fail) {
        this.fail = fail;
    }

    @Override
    public Article annotate(Input input, String content) {
        Throwable t = fail.apply(content);
        if (t != null) {
            throw StubAnnotator.<RuntimeException>sneaky(t);
        }
        return Article.empty(content);
    }

    @Override
    public int maxInputChars() {
        return 1000;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
