package org.newspipeline.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.newspipeline.metadata.AuthorNames;
import org.newspipeline.metadata.Found;
import org.newspipeline.metadata.TitleParts;
import org.newspipeline.model.MetadataSource;

/**
 * Chooses a page's headline. The titles the page declares (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, {@code <title>}) are often written for search engines and carry the site's name; the
 * page's visible main heading ({@code <h1>}) is the article's own. So a main heading that shares most of its words
 * with a declared title is taken; else the first declared title, the site's name taken off; else the first main
 * heading. Headings that name the site (its declared name, or a short part after a title's longer first part, as
 * the "Site" of "Headline | Site"), and headings in navigation, header or footer layout are not read (a site's logo is
 * often an {@code <h1>}).
 * Stateless and thread-safe.
 */
final class HeadlineReader {

    private static final int MAX_HEADINGS = 3;
    private static final int MAX_HEADING_WORDS = 40;
    /** The share of a heading's words a declared title must hold for the heading to be taken. */
    private static final double AGREEMENT = 0.6;
    /** The most words of a title's part that names the site. */
    private static final int SITE_PART_WORDS = 4;

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
        List<String> headings = new ArrayList<>(headings(page));
        Set<String> siteNames = new HashSet<>(page.siteNames());
        for (String heading : List.copyOf(headings)) {
            for (Found<String> title : declared) {
                if (isShortPart(heading, title.value())) {
                    // the heading is a short part after the title's first: the site's name (or its section's), not the
                    // article's
                    headings.remove(heading);
                    siteNames.add(AuthorNames.key(heading));
                    break;
                }
            }
        }
        for (String heading : headings) {
            for (Found<String> title : declared) {
                if (agrees(heading, title.value())) {
                    return Optional.of(new Found<>(heading, MetadataSource.HEADING));
                }
            }
        }
        if (!declared.isEmpty()) {
            Found<String> first = declared.get(0);
            return Optional.of(new Found<>(titles.withoutSite(first.value(), siteNames), first.source()));
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

    /**
     * @return true if the heading is a short part after the first of a title whose first part is longer (the "Site"
     *         of "Headline | Site"): the heading and that part hold most of each other's words, the part has at most
     *         {@value #SITE_PART_WORDS} words, and the heading does not agree with the first part (a short headline
     *         stands first: "Tides - The Coast Almanac")
     */
    private boolean isShortPart(String heading, String title) {
        List<String> parts = titles.parts(title);
        if (parts.size() < 2) {
            return false;
        }
        int first = words(parts.get(0)).size();
        for (String part : parts.subList(1, parts.size())) {
            int size = words(part).size();
            if (size <= SITE_PART_WORDS && size < first && agrees(heading, part) && agrees(part, heading)
                    && !agrees(heading, parts.get(0))) {
                return true;
            }
        }
        return false;
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
