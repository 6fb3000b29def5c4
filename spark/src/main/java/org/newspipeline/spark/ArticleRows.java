package org.newspipeline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Entity;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;

/** An {@link Article} as the values of {@link ArticleSchema#annotationColumns(boolean)}, in order. */
final class ArticleRows {

    private static final Object[] NO_VALUES = new Object[0];

    private ArticleRows() {
    }

    /** The added columns' values for an annotated article. */
    static List<Object> values(Article article, boolean html) {
        List<Object> values = new ArrayList<>(16);
        if (html) {
            Metadata m = article.metadata();
            values.add(article.text());
            values.add(m.headline().orElse(null));
            values.add(m.authors().toArray());
            values.add(m.publicationDate().orElse(null));
            values.add(m.canonicalUrl().orElse(null));
        }
        StringBuilder body = new StringBuilder();
        for (Paragraph p : article.body()) {
            if (body.length() > 0) {
                body.append('\n');
            }
            body.append(p.text());
        }
        values.add(body.toString());
        values.add(array(article.body(), p -> RowFactory.create(p.span().start(), p.span().end())));
        values.add(article.sentences().size());
        values.add(article.metadata().language().orElse(null));
        values.add(array(article.entities(), ArticleRows::entity));
        values.add(array(article.quotes(), q -> quote(q, article)));
        values.add(array(article.attributions(), a -> attribution(a, article)));
        values.add(null);
        return values;
    }

    /** The added columns' values for a row that could not be annotated. */
    static List<Object> failed(String error, boolean html) {
        List<Object> values = new ArrayList<>(16);
        if (html) {
            values.add(null);
            values.add(null);
            values.add(NO_VALUES);
            values.add(null);
            values.add(null);
        }
        values.add(null);
        values.add(NO_VALUES);
        values.add(0);
        values.add(null);
        values.add(NO_VALUES);
        values.add(NO_VALUES);
        values.add(NO_VALUES);
        values.add(error);
        return values;
    }

    private static Row entity(Entity e) {
        return RowFactory.create(e.name(), e.type().name(), array(e.mentions(), ArticleRows::mention));
    }

    private static Row quote(Quote q, Article article) {
        Row speaker = q.speaker().map(s -> RowFactory.create(s.name(), s.type().name(),
                q.speakerMention().map(ArticleRows::mention).orElse(null))).orElse(null);
        return RowFactory.create(q.span().start(), q.span().end(), q.text(), speaker,
                q.cue().map(c -> span(c, article.textOf(c))).orElse(null), q.rule().name(), q.confidence());
    }

    private static Row attribution(Attribution a, Article article) {
        Speaker s = a.speaker().orElse(null);
        return RowFactory.create(array(a.content(), ArticleRows::passage), a.kind().name(),
                a.source().map(ArticleRows::mention).orElse(null),
                s == null ? null : RowFactory.create(s.name(), s.type().name()),
                a.cue().map(c -> span(c, article.textOf(c))).orElse(null), a.rule().name(), a.confidence(),
                a.quoteIndices().toArray());
    }

    private static Row passage(Passage p) {
        return span(p.span(), p.text());
    }

    private static Row mention(Mention m) {
        return span(m.span(), m.text());
    }

    private static Row span(Span span, String text) {
        return RowFactory.create(span.start(), span.end(), text);
    }

    private static <T> Object[] array(List<T> items, Function<T, Row> row) {
        Object[] rows = new Object[items.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row.apply(items.get(i));
        }
        return rows;
    }
}
