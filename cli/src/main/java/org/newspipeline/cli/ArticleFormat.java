package org.newspipeline.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The output formats of {@code annotate --format}. */
enum ArticleFormat {
    /** A readable report per article: body, quotes with speakers, entities. */
    TEXT("text", null, TextRenderer::new),
    /** The {@code ArticleJson} shape: one document per input (an array of them on stdout for several inputs). */
    JSON("json", ".json", JsonRenderer::new),
    /** One compact {@code ArticleJson} object per line, with a {@code "file"} field first. */
    JSONL("jsonl", null, JsonLinesRenderer::new),
    /** One CSV row per quote, with a header: file, quote, speaker, type, cue, offsets, rule, confidence. */
    QUOTES_CSV("quotes-csv", null, QuotesCsvRenderer::new),
    /** One CSV row per attribution, quoted or reported: file, kind, content, speaker, source, cue, offsets, rule. */
    ATTRIBUTIONS_CSV("attributions-csv", null, AttributionsCsvRenderer::new),
    /** One self-contained HTML page per article, quotes highlighted in their speakers' colours. */
    HTML("html", ".html", HtmlRenderer::new);

    private final String label;
    private final String fileExtension;
    private final Supplier<ArticleRenderer> renderer;

    ArticleFormat(String label, String fileExtension, Supplier<ArticleRenderer> renderer) {
        this.label = label;
        this.fileExtension = fileExtension;
        this.renderer = renderer;
    }

    /** @return the name on the command line */
    String label() {
        return label;
    }

    /** @return true if {@code --out DIR} can write one file per input in this format */
    boolean writesFiles() {
        return fileExtension != null;
    }

    /** @return the extension of the files {@code --out} writes, with its dot */
    String fileExtension() {
        if (fileExtension == null) {
            throw new IllegalStateException(label + " has no file form");
        }
        return fileExtension;
    }

    /** @return true if several articles cannot share one stream in this format */
    boolean onePerStream() {
        return this == HTML;
    }

    /** @return a new renderer for this format */
    ArticleRenderer renderer() {
        return renderer.get();
    }

    @Override
    public String toString() {
        return label;
    }

    /** Parses {@code --format}'s value by its label, ignoring case. */
    static final class Converter implements CommandLine.ITypeConverter<ArticleFormat> {
        @Override
        public ArticleFormat convert(String value) {
            String wanted = value.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is not a format; use one of " + String.join(", ", new Labels())));
        }
    }

    /** The labels, for help and completion. */
    static final class Labels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ArticleFormat::label).iterator();
        }
    }
}
