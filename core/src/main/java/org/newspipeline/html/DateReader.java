package org.newspipeline.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newspipeline.metadata.DateText;
import org.newspipeline.metadata.Found;
import org.newspipeline.model.MetadataSource;

/**
 * Finds an article's first publication date. The date the markup declares for machines comes first: JSON-LD
 * {@code datePublished} (or {@code dateCreated}); publication {@code <meta>} tags ({@code article:published_time},
 * Dublin Core and the like) and microdata {@code itemprop="datePublished"} (or RDFa
 * {@code property="schema:datePublished"}), these two on a page that is no article only if its text shows the date.
 * A declared date that the page's text does not show gives way to a date the page marks for its readers: the first
 * {@code <time>} element that is not in layout (comments, sidebars, related stories, footer) and not marked as an
 * update (a column of the article's details inside its {@code <article>} is no layout, whatever its name); the
 * first date written in a byline or date element outside layout; the first date just after a publication label
 * ("Published on", "Datum:") in the text outside layout; without any of these, the declared date is taken only if
 * the text shows it a day either side (a date the page never shows its readers is more often that of an import or
 * a template than the article's). Without a declared date, these come in
 * this order with the date in the page's address after the {@code <time>} element, and last the first date in the
 * main heading or in the visible text just after it (else just before it; a page without a main heading has its
 * title in a lower heading, {@link PageFacts#titleHeading}): a date merely near the heading does not overrule a
 * declared one. A page shows a declared date when its text has it, a slashed date such as "03/05/2022" in either
 * order of day and month. A date of modification is never taken. A time given in UTC takes the
 * day the page's readers see. Stateless and thread-safe.
 */
final class DateReader {

    private static final String META_NAMES = "meta[name~=(?i)^(pubdate|publishdate|publish-date|publish_date"
            + "|publication_date|date|dc\\.date|dc\\.date\\.issued|dc\\.date\\.created|dcterms\\.date"
            + "|dcterms\\.issued|dcterms\\.created|sailthru\\.date|parsely-pub-date|citation_publication_date"
            + "|citation_date|article\\.published|article:published_time|originalpublicationdate|date\\.issued"
            + "|created)$]";
    private static final Pattern UPDATE = Pattern.compile("(?i)updat|modif|aktualisier|geändert|edited|revised");
    private static final int MAX_BYLINE_CHARS = 200;
    private static final int AFTER_HEADING_CHARS = 400;
    private static final int BEFORE_HEADING_CHARS = 150;
    private static final int AFTER_LABEL_CHARS = 40;
    private static final int LABEL_CHARS = 40;
    private static final int LABEL_SIBLINGS = 4;
    private static final String ARTICLE_TYPE = "meta[property=og:type][content~=(?i)article], article";
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

    /** A UTC time before this hour is still the day before in the zones of the Americas (UTC-3 to UTC-8). */
    static final int LATEST_HOUR_OF_DAY_BEFORE = 8;
    /** A UTC time from this hour is already the next day in zones one to three hours east of UTC. */
    static final int EARLIEST_HOUR_OF_DAY_AFTER = 21;

    private final DateText dates;
    private final Pattern labels;

    /**
     * @param dates  the date parser
     * @param labels words that label a publication date in the text ("published on")
     */
    DateReader(DateText dates, List<String> labels) {
        this.dates = dates;
        this.labels = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + labels.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")(?![\\p{L}])");
    }

    Optional<Found<String>> read(PageFacts page) {
        ShownDates shown = new ShownDates(dates, page.text());
        Optional<Found<String>> declared = declaredDate(page, shown);
        if (declared.isPresent() && shown.all().contains(LocalDate.parse(declared.get().value()))) {
            return declared;
        }
        Optional<Element> heading = page.titleHeading();
        Optional<Found<String>> time = found(timeElement(page, shown, heading), MetadataSource.TIME_ELEMENT);
        if (declared.isPresent()) {
            return time.or(() -> found(bylineDate(page), MetadataSource.BYLINE))
                    .or(() -> found(labelledDate(page), MetadataSource.LABELLED_TEXT))
                    .or(() -> declared.filter(d -> shownNear(LocalDate.parse(d.value()), shown)));
        }
        return time.or(() -> found(page.url().flatMap(dates::fromUrl), MetadataSource.URL))
                .or(() -> found(bylineDate(page), MetadataSource.BYLINE))
                .or(() -> found(labelledDate(page), MetadataSource.LABELLED_TEXT))
                .or(() -> found(headingDate(page, heading), MetadataSource.TEXT));
    }

    /**
     * The date the markup declares for machines: JSON-LD, then publication meta tags, then microdata (the last two
     * on a page that is no article only if its text shows the date, see {@link #isShown}).
     */
    private Optional<Found<String>> declaredDate(PageFacts page, ShownDates shown) {
        Optional<LocalDate> d = MarkupValues.json(page.articles(), "datePublished").flatMap(v -> declared(v, page, shown))
                .or(() -> MarkupValues.json(page.articles(), "dateCreated").flatMap(v -> declared(v, page, shown)));
        if (d.isPresent()) {
            return found(d, MetadataSource.JSON_LD);
        }
        d = MarkupValues.meta(page.doc(), "meta[property=article:published_time]")
                .or(() -> MarkupValues.meta(page.doc(), "meta[property=og:published_time]"))
                .or(() -> MarkupValues.meta(page.doc(), "meta[property~=(?i)published_time$]"))
                .or(() -> MarkupValues.meta(page.doc(), "meta[name~=(?i)published_time$]"))
                .or(() -> page.doc().select("meta[itemprop=datePublished]").stream()
                        .filter(e -> !MarkupValues.ofReaderItem(e)).findFirst()
                        .flatMap(e -> MarkupValues.attr(e, "content")))
                .or(() -> MarkupValues.meta(page.doc(), META_NAMES))
                .flatMap(v -> declared(v, page, shown));
        if (d.filter(x -> isShown(x, page, shown)).isPresent()) {
            return found(d, MetadataSource.META_TAG);
        }
        Element micro = page.doc().select("[itemprop=datePublished], [property~=^(schema:)?datePublished$], "
                + "[property~=^(schema:)?dateCreated$]").stream().filter(e -> !MarkupValues.ofReaderItem(e))
                .findFirst().orElse(null);
        if (micro != null) {
            d = MarkupValues.attr(micro, "datetime").or(() -> MarkupValues.attr(micro, "content"))
                    .or(() -> MarkupValues.text(micro)).flatMap(v -> declared(v, page, shown));
            if (d.filter(x -> isShown(x, page, shown)).isPresent()) {
                return found(d, MetadataSource.MICRODATA);
            }
        }
        return Optional.empty();
    }

    /**
     * The first date that follows a publication label ("Published on", "veröffentlicht am") closely in the text of
     * the page outside layout.
     */
    private Optional<LocalDate> labelledDate(PageFacts page) {
        if (page.doc().body() == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element parent
                        && !SKIPPED.contains(parent.normalName()) && !page.inLayout(parent)) {
                    text.append(t.text()).append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // nothing to do when leaving a node
            }
        }, page.doc().body());
        java.util.regex.Matcher m = labels.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_LABEL_CHARS));
            Optional<LocalDate> d = dates.find(after);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The first date in the main heading or in the visible text just after it, else just before it; text in
     * layout is not read.
     */
    private Optional<LocalDate> headingDate(PageFacts page, Optional<Element> heading) {
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        Element h = heading.get();
        boolean[] seen = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == h) {
                    seen[0] = true;
                }
                if (node instanceof TextNode t && !t.isBlank() && after.length() < AFTER_HEADING_CHARS
                        && node.parent() instanceof Element parent && !page.inLayout(parent)
                        && !SKIPPED.contains(parent.normalName())) {
                    (seen[0] ? after : before).append(t.text()).append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // nothing to do when leaving a node
            }
        }, page.doc().body());
        Optional<LocalDate> d = dates.find(after.toString());
        if (d.isPresent()) {
            return d;
        }
        String b = before.toString();
        return dates.find(b.substring(Math.max(0, b.length() - BEFORE_HEADING_CHARS)));
    }

    private Optional<LocalDate> timeElement(PageFacts page, ShownDates shown, Optional<Element> heading) {
        if (page.doc().body() == null) {
            return Optional.empty();
        }
        for (Element time : page.doc().body().select("time")) {
            if ((page.inLayout(time) && !inArticleMeta(time, heading, page)) || update(time)) {
                continue;
            }
            Optional<LocalDate> d = MarkupValues.attr(time, "datetime").flatMap(v -> declared(v, page, shown))
                    .or(() -> MarkupValues.text(time).flatMap(dates::find));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * True for an element in a column of the article's own details: below the {@code <article>} that holds the main
     * heading, in containers that only their names make layout ("sidebar", "meta"), never a layout tag.
     */
    private static boolean inArticleMeta(Element e, Optional<Element> heading, PageFacts page) {
        if (heading.isEmpty()) {
            return false;
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("article")) {
                return Dom.isInside(heading.get(), a) && !page.inLayout(a);
            }
            if (DomCues.layoutTag(a)) {
                return false;
            }
        }
        return false;
    }

    private Optional<LocalDate> bylineDate(PageFacts page) {
        if (page.doc().body() == null) {
            return Optional.empty();
        }
        for (Element e : page.doc().body().getAllElements()) {
            if (!DomCues.byline(e) || !page.sizes().mayBeShort(e, MAX_BYLINE_CHARS) || update(e) || page.inLayout(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() <= MAX_BYLINE_CHARS) {
                Optional<LocalDate> d = dates.find(text);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** @return true if the element or its parent is named or labelled as an update */
    private static boolean update(Element e) {
        Element parent = e.parent();
        return UPDATE.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")).find()
                || (parent != null && UPDATE.matcher(parent.className() + " " + parent.id()).find())
                || UPDATE.matcher(ownLabel(e)).find();
    }

    /**
     * The last {@value #LABEL_CHARS} characters of text in the few siblings just before the element, where a label
     * such as "Updated:" stands.
     */
    private static String ownLabel(Element e) {
        StringBuilder label = new StringBuilder();
        Node n = e.previousSibling();
        for (int i = 0; i < LABEL_SIBLINGS && n != null && label.length() < LABEL_CHARS; i++) {
            String text = n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "";
            label.insert(0, text);
            n = n.previousSibling();
        }
        return label.length() > LABEL_CHARS ? label.substring(label.length() - LABEL_CHARS) : label.toString();
    }

    /**
     * The day of a date the markup declares for machines. A time given in UTC names an instant whose day depends on
     * the zone of the page's readers: when the page's text does not show its UTC day but shows the day before
     * (for a time before {@value #LATEST_HOUR_OF_DAY_BEFORE}:00, still the day before in the Americas) or the day
     * after (for a time from {@value #EARLIEST_HOUR_OF_DAY_AFTER}:00, already the next day in Europe and east of
     * it), that day is taken. A local time or a bare date names its own day.
     */
    private Optional<LocalDate> declared(String value, PageFacts page, ShownDates shown) {
        Optional<LocalDate> d = dates.parseValue(value);
        int hour = DateText.utcHour(value);
        if (d.isEmpty() || hour < 0) {
            return d;
        }
        LocalDate day = d.get();
        Set<LocalDate> all = shown.all();
        if (all.contains(day)) {
            return d;
        }
        if (hour < LATEST_HOUR_OF_DAY_BEFORE && all.contains(day.minusDays(1))) {
            return Optional.of(day.minusDays(1));
        }
        if (hour >= EARLIEST_HOUR_OF_DAY_AFTER && all.contains(day.plusDays(1))) {
            return Optional.of(day.plusDays(1));
        }
        return d;
    }

    /**
     * A date that a meta tag or microdata declares is taken on a page that says it is an article ({@code og:type},
     * or an {@code <article>} element), else only if the page's text shows it (a day either side, for time
     * zones): the declared date of a page that is no article and shows no date is often not its publication.
     */
    private static boolean isShown(LocalDate d, PageFacts page, ShownDates shown) {
        return page.doc().selectFirst(ARTICLE_TYPE) != null || shownNear(d, shown);
    }

    /** Whether the page's text shows the date, a day either side (for time zones). */
    private static boolean shownNear(LocalDate d, ShownDates shown) {
        Set<LocalDate> all = shown.all();
        return all.contains(d) || all.contains(d.plusDays(1)) || all.contains(d.minusDays(1));
    }

    /** The dates a page's text shows, read once per page when first asked for. Not thread-safe: one per call. */
    private static final class ShownDates {
        private final DateText dates;
        private final String text;
        private Set<LocalDate> all;

        ShownDates(DateText dates, String text) {
            this.dates = dates;
            this.text = text;
        }

        Set<LocalDate> all() {
            if (all == null) {
                all = dates.allReadings(text);
            }
            return all;
        }
    }

    private static Optional<Found<String>> found(Optional<LocalDate> d, MetadataSource source) {
        return d.map(date -> new Found<>(date.toString(), source));
    }
}
