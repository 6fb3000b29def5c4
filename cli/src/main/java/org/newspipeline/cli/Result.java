package org.newspipeline.cli;

import java.util.Objects;
import java.util.Optional;
import org.newspipeline.model.Article;

/**
 * What became of one input: its article, or the reason it failed.
 *
 * @param input   the input
 * @param article the annotated article, when it succeeded
 * @param error   the reason, when it failed
 * @param millis  the time spent reading and annotating it
 */
record Result(Input input, Optional<Article> article, Optional<String> error, long millis) {

    Result {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(error, "error");
        if (article.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("A result has an article or an error, not both");
        }
    }

    static Result ok(Input input, Article article, long millis) {
        return new Result(input, Optional.of(article), Optional.empty(), millis);
    }

    static Result failed(Input input, String reason, long millis) {
        return new Result(input, Optional.empty(), Optional.of(reason), millis);
    }
}
