package org.newspipeline.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.model.Paragraph;

/**
 * Checks the article's language ({@code Metadata.language()}) against the language the page's markup states
 * ({@code <html lang>} or a content-language tag), on a folder of pages ({@code ids.txt}, {@code html/ID.html.gz}
 * the page's bytes, {@code utf8/ID.html.gz} the same in UTF-8). Languages are compared by their primary subtag
 * ({@code de-AT} is {@code de}, {@code nb} is {@code no}). It prints how many pages agree, overall and where the
 * language was detected from the body, and writes the pages that disagree, with the start of their body, to a TSV
 * file for checking by hand: the markup is sometimes the site's default rather than the article's language.
 *
 * <pre>
 * EvaluateLanguage DATA_DIR DISAGREEMENTS_TSV
 * </pre>
 */
public final class EvaluateLanguage {

    private static final int SAMPLE_CHARS = 120;

    private EvaluateLanguage() {
    }

    /**
     * @param args {@code DATA_DIR DISAGREEMENTS_TSV}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: EvaluateLanguage DATA_DIR DISAGREEMENTS_TSV");
            System.exit(2);
        }
        PageFolder folder = new PageFolder(Path.of(args[0]));
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        int stated = 0;
        int agree = 0;
        int detected = 0;
        int detectedAgree = 0;
        List<String> disagreements = new ArrayList<>();
        disagreements.add("id\tmarkup\tours\tsource\tbody");
        for (String id : folder.ids()) {
            Optional<String> markup = markupLanguage(Jsoup.parse(new String(folder.gunzip("utf8", id + ".html.gz"),
                    StandardCharsets.UTF_8)));
            if (markup.isEmpty()) {
                continue;
            }
            Article article = pipeline.annotateHtml(folder.gunzip("html", id + ".html.gz"));
            Optional<String> ours = article.metadata().language().map(EvaluateLanguage::primary);
            Optional<MetadataSource> source = article.metadata().source(MetadataField.LANGUAGE);
            boolean same = ours.equals(markup);
            boolean fromBody = source.equals(Optional.of(MetadataSource.DETECTED));
            stated++;
            agree += same ? 1 : 0;
            detected += fromBody ? 1 : 0;
            detectedAgree += fromBody && same ? 1 : 0;
            if (!same) {
                String body = article.body().stream().map(Paragraph::text).findFirst().orElse("");
                disagreements.add(String.join("\t", id, markup.get(), ours.orElse("-"),
                        source.map(Enum::name).orElse("-"), body.substring(0, Math.min(SAMPLE_CHARS, body.length()))
                                .replaceAll("\\s+", " ")));
            }
        }
        Files.write(Path.of(args[1]), disagreements, StandardCharsets.UTF_8);
        System.out.printf("%d pages state a language in their markup: %d agree (%.3f); %d were detected from the"
                        + " body, %d of them agree (%.3f); disagreements in %s%n", stated, agree, ratio(agree, stated),
                detected, detectedAgree, ratio(detectedAgree, detected), args[1]);
    }

    /** @return the language the page's markup states, as a primary subtag, if any */
    private static Optional<String> markupLanguage(Document doc) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html != null ? html.attr("lang") : "";
        if (lang.isBlank()) {
            Element meta = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = meta != null ? meta.attr("content") : "";
        }
        return lang.isBlank() ? Optional.empty() : Optional.of(primary(lang));
    }

    /** The primary subtag; Norwegian's written forms Bokmål and Nynorsk count as Norwegian. */
    private static String primary(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return primary.equals("nb") || primary.equals("nn") ? "no" : primary;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
