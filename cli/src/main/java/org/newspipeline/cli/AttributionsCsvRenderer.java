package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Speaker;

/**
 * {@code --format attributions-csv}: a header, then one row per attribution (quoted, mixed or reported speech) of
 * every article, for counting who speaks. A content in several pieces is written with " ... " between them, its
 * offsets from the first piece's start to the last one's end; empty cells where an attribution has no speaker,
 * source or cue.
 */
final class AttributionsCsvRenderer implements ArticleRenderer {

    static final List<String> HEADER = List.of("file", "kind", "content", "speaker", "speaker_type", "source", "cue",
            "content_start", "content_end", "rule", "confidence", "quotes");

    @Override
    public void begin(Writer out, int inputs) throws IOException {
        out.write(Csv.row(HEADER));
    }

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        for (Attribution a : article.attributions()) {
            List<Passage> pieces = a.content();
            out.write(Csv.row(List.of(
                    input.name(),
                    a.kind().name(),
                    pieces.stream().map(Passage::text).collect(Collectors.joining(" ... ")),
                    a.speaker().map(Speaker::name).orElse(""),
                    a.speaker().map(s -> s.type().name()).orElse(""),
                    a.source().map(m -> m.text()).orElse(""),
                    a.cue().map(article::textOf).orElse(""),
                    Integer.toString(pieces.get(0).span().start()),
                    Integer.toString(pieces.get(pieces.size() - 1).span().end()),
                    a.rule().name(),
                    String.format(Locale.ROOT, "%.2f", a.confidence()),
                    Integer.toString(a.quoteIndices().size()))));
        }
    }
}
