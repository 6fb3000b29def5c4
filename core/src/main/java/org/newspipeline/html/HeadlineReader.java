package org.newspipeline.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newspipeline.metadata.Found;
import org.newspipeline.metadata.TitleParts;
import org.newspipeline.model.MetadataSource;

/**
 * Chooses a page's headline. The titles the page declares (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code <title>}) are often written for search engines and carry the site's name; the
 * page's visible main heading ({@code <h1>}) is the article's own. So a main heading that shares most of its words
 * with a declared title is taken; else the first declared title, the site's name taken off; else the first main
 * heading. Headings that name the site, and headings in navigation, header or footer layout are not read (a site's logo is often an {@code <h1>}).
 * Stateless and thread-safe.
 */
final class HeadlineReader {

    private static final int MAX_HEADINGS = 3;
    private static final int MAX_HEADING_WORDS = 40;
    /** The share of a heading's words a declared title must hold for the heading to be taken. */
    private static final double AGREEMENT = 0.6;

    private final TitleParts titles;

    HeadlineReader(TitleParts titles) {
        this.titles = titles;
    }

    Optional<Found<String>> read(PageFacts page) {
        List<Found<String>> declared = new ArrayList<>();
        MarkupValues.json(page.articles(), "headline").ifPresent(t -> declared.add(new Found<>(t,
                MetadataSource.JSON_LD)));
        MarkupValues.meta(page.doc(), "meta[property=og:title]").ifPresent(t -> declared.add(new Found<>(t,
                MetadataSource.META_TAG)));
        MarkupValues.meta(page.doc(), "meta[name=twitter:title]").ifPresent(t -> declared.add(new Found<>(t,
                MetadataSource.META_TAG)));
        MarkupValues.text(page.doc().selectFirst("head > title, title")).ifPresent(t -> declared.add(new Found<>(t,
                MetadataSource.TITLE_ELEMENT)));
        List<String> headings = headings(page);
        for (String heading : headings) {
            for (Found<String> title : declared) {
                if (agrees(heading, title.value())) {
                    return Optional.of(new Found<>(heading, MetadataSource.HEADING));
                }
            }
        }
        if (!declared.isEmpty()) {
            Found<String> first = declared.get(0);
            return Optional.of(new Found<>(titles.withoutSite(first.value(), page.siteNames()), first.source()));
        }
        return headings.stream().findFirst().map(h -> new Found<>(h, MetadataSource.HEADING));
    }

    private static List<String> headings(PageFacts page) {
        List<String> headings = new ArrayList<>();
        for (Element h1 : page.headings()) {
            if (headings.size() == MAX_HEADINGS) {
                break;
            }
            Optional<String> text = MarkupValues.text(h1);
            if (text.isPresent() && words(text.get()).size() <= MAX_HEADING_WORDS
                    && !TitleParts.namesSite(text.get(), page.siteNames())) {
                headings.add(text.get());
            }
        }
        return headings;
    }

    /** @return true if the title holds most of the heading's words */
    private static boolean agrees(String heading, String title) {
        List<String> h = words(heading);
        if (h.isEmpty()) {
            return false;
        }
        Set<String> t = new HashSet<>(words(title));
        long shared = h.stream().filter(t::contains).count();
        return shared >= AGREEMENT * h.size();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
