package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import org.newspipeline.model.Article;

/** {@code --format html}: one self-contained page per article, built by {@link HtmlReport}. */
final class HtmlRenderer implements ArticleRenderer {

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        out.write(HtmlReport.page(input.name(), article));
    }
}
