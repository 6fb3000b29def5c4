package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.newspipeline.model.Article;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/**
 * {@code --format quotes-csv}: a header, then one row per quote of every article, for spreadsheets. Offsets are
 * {@code [start, end)} char indices into the input (for {@code --html}, into its visible text); empty cells where a
 * quote has no speaker or cue.
 */
final class QuotesCsvRenderer implements ArticleRenderer {

    static final List<String> HEADER = List.of("file", "quote", "speaker", "speaker_type", "speaker_mention", "cue",
            "quote_start", "quote_end", "cue_start", "cue_end", "rule", "confidence");

    @Override
    public void begin(Writer out, int inputs) throws IOException {
        out.write(Csv.row(HEADER));
    }

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        for (Quote q : article.quotes()) {
            out.write(Csv.row(List.of(
                    input.name(),
                    q.text(),
                    q.speaker().map(Speaker::name).orElse(""),
                    q.speaker().map(s -> s.type().name()).orElse(""),
                    q.speakerMention().map(m -> m.text()).orElse(""),
                    q.cue().map(article::textOf).orElse(""),
                    Integer.toString(q.span().start()),
                    Integer.toString(q.span().end()),
                    q.cue().map(c -> Integer.toString(c.start())).orElse(""),
                    q.cue().map(c -> Integer.toString(c.end())).orElse(""),
                    q.rule().name(),
                    String.format(java.util.Locale.ROOT, "%.2f", q.confidence()))));
        }
    }
}
