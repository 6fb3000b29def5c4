package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Entity;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/** {@code --format text}: for each article its body, its quotes with speakers, its attributions and its entities, for reading. */
final class TextRenderer implements ArticleRenderer {

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("==== ").append(input.name()).append('\n');
        s.append("== Body (").append(article.body().size()).append(" paragraphs, ")
                .append(article.boilerplate().size()).append(" blocks of clutter removed)\n");
        for (Paragraph p : article.body()) {
            s.append("  ").append(p.text()).append('\n');
        }
        s.append("\n== Quotes (").append(article.quotes().size()).append(")\n");
        for (Quote q : article.quotes()) {
            s.append("  \u201c").append(q.text()).append("\u201d\n      -- ");
            if (q.speaker().isPresent()) {
                Speaker speaker = q.speaker().get();
                s.append(speaker.name()).append(" (").append(speaker.type()).append(')');
                q.speakerMention().ifPresent(m -> s.append(", as \"").append(m.text()).append('"'));
                q.cue().ifPresent(c -> s.append(", cue \"").append(article.textOf(c)).append('"'));
                s.append(" [").append(q.rule()).append("]\n");
            } else {
                s.append("(no speaker in sight)\n");
            }
        }
        s.append("\n== Attributions (").append(article.attributions().size()).append(")\n");
        for (Attribution a : article.attributions()) {
            s.append("  [").append(a.kind()).append("] ").append(a.text()).append("\n      -- ")
                    .append(a.speaker().map(sp -> sp.name() + " (" + sp.type() + ")").orElse("(unresolved)"));
            a.source().ifPresent(m -> s.append(", as \"").append(m.text()).append('"'));
            a.cue().ifPresent(c -> s.append(", cue \"").append(article.textOf(c)).append('"'));
            s.append(" [").append(a.rule()).append("]\n");
        }
        s.append("\n== Entities (").append(article.entities().size()).append(")\n");
        for (Entity e : article.entities()) {
            s.append("  ").append(e.type()).append("  ").append(e.name()).append("  x")
                    .append(e.mentions().size()).append('\n');
        }
        s.append('\n');
        out.write(s.toString());
    }
}
