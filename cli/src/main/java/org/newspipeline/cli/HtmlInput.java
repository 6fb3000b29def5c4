package org.newspipeline.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.model.Article;

/**
 * The one place where the command annotates an HTML page ({@code --html}, or a {@code .html} file).
 *
 * <p>For now it turns the page into its visible text with jsoup, one block (paragraph, heading, list item) per
 * line, and annotates that text, so offsets point into the extracted text, which is the {@code "text"} of the
 * output. When {@code ArticlePipeline.annotateHtml(String)} lands in the library, {@link #annotate} becomes a call
 * to it and this class keeps no logic of its own.
 */
final class HtmlInput {

    private HtmlInput() {
    }

    /**
     * @param pipeline the pipeline
     * @param html     the page
     * @return the annotated visible text of the page
     * @throws IllegalArgumentException if the visible text is longer than the pipeline accepts
     */
    static Article annotate(ArticlePipeline pipeline, String html) {
        // TODO(lead): replace with pipeline.annotateHtml(html) once that API is merged.
        return pipeline.annotate(visibleText(html));
    }

    /**
     * @param html a page
     * @return its visible text, one block element per line; scripts, styles and the head left out
     */
    static String visibleText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head").remove();
        doc.outputSettings().prettyPrint(false);
        doc.select("br").after("\n");
        doc.select("p, div, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, tr, article, section, header, "
                + "footer, nav, aside, pre, dd, dt, title").after("\n");
        String text = doc.wholeText();
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String trimmed = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString();
    }
}
