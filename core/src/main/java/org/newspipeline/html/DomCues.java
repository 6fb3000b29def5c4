package org.newspipeline.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * General cues in tag names, roles and class/id attributes that mark a container as page layout (navigation,
 * footer, sidebar, comments, sharing, related links, ads) or as the article's content. Stateless and thread-safe.
 */
final class DomCues {

    /** A word of a class or id: at its start or after a separator, and before a separator, a digit or its end. */
    private static final String WORD_START = "(?<![^-_\\s])";
    private static final String WORD_END = "(?![^-_\\s\\d])";
    private static final Pattern CLUTTER = Pattern.compile(
            WORD_START + "(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|side-bar|aside|comments?"
                    + "|comment-list|disqus|share|sharing|social|related|recommended|recirc|more-stories|popular"
                    + "|trending|newsletter|subscribe|subscription|signup|promo|advert|ads?|ad-slot|banner|sponsor"
                    + "|cookie|consent|gdpr|modal|popup|overlay|masthead|skip|toolbar|taglist|byline-share"
                    + "|outbrain|taboola|rail|teaser|login|paywall|cta)" + WORD_END);
    private static final Pattern CONTENT = Pattern.compile(
            WORD_START + "(?:article|articlebody|article-body|article-content|articlecontent|story|story-body"
                    + "|post|post-content|post-body|entry|entry-content|content|main|body|text|article-text"
                    + "|story-content|news-text|rich-text)" + WORD_END);
    private static final Pattern BYLINE = Pattern.compile(
            "byline|author|timestamp|dateline|publish(?:ed|-?date|-?info|-?time)"
                    + "|(?:^|[-_\\s])(?:meta|date|time|posted)(?:$|[-_\\s])");
    private static final Pattern CAMEL_HUMP = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern LAYOUT_ROLE = Pattern.compile(
            "(?i)navigation|banner|contentinfo|complementary|menu|menubar|search|dialog|alert");

    private DomCues() {
    }

    /** @return true if the element's tag or role alone marks it as layout */
    static boolean layoutTag(Element e) {
        return switch (e.normalName()) {
            case "nav", "footer", "aside", "menu", "dialog" -> true;
            default -> LAYOUT_ROLE.matcher(e.attr("role")).matches();
        };
    }

    /**
     * @return true if the element's class or id names a kind of layout. In a compound name the last word decides,
     *         as the head of the compound: "article-related-stories" and "post-comments" name layout,
     *         "related-article-content" names content; a name that ends in content vetoes the element's others
     */
    static boolean clutterName(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return false;
        }
        boolean clutter = false;
        for (String name : names.split("\\s+")) {
            name = withoutModifier(name);
            int lastClutter = lastMatch(CLUTTER, name);
            int lastContent = lastMatch(CONTENT, name);
            if (lastContent > lastClutter) {
                return false;
            }
            clutter |= lastClutter >= 0;
        }
        return clutter;
    }

    /**
     * The name without its modifier: in the block-element-modifier convention ("card__section--ads") what follows
     * "--" is a variant of the element (a section that has ads), not what the element is.
     */
    private static String withoutModifier(String name) {
        int modifier = name.indexOf("--");
        return modifier > 0 ? name.substring(0, modifier) : name;
    }

    private static int lastMatch(Pattern pattern, String name) {
        Matcher m = pattern.matcher(name);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /**
     * @return true if the element is a caption or a credit of a picture: a {@code <figcaption>}, or a class or id
     *         with "caption" or "credit" in it (also inside longer names such as "newsCaption", "imageCredit")
     */
    static boolean caption(Element e) {
        if (e.normalName().equals("figcaption")) {
            return true;
        }
        String names = names(e);
        return names.contains("caption") || names.contains("credit");
    }

    /**
     * @return true if the element holds the article's byline or dates: a {@code <time>}, or a class or id with
     *         "byline", "author", "timestamp", "dateline", "published" or "publish-date" in it, or the word
     *         "meta", "date", "time" or "posted" (not "status-publish", which WordPress puts on every post)
     */
    static boolean byline(Element e) {
        if (e.normalName().equals("time")) {
            return true;
        }
        String names = names(e);
        return !names.isEmpty() && BYLINE.matcher(names).find();
    }

    /** @return true if the element's tag, itemprop, class or id names article content */
    static boolean contentName(Element e) {
        if (e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String names = names(e);
        return !names.isEmpty() && CONTENT.matcher(names).find();
    }

    /** @return true if the element is hidden by an attribute or an inline style */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /** The element's class and id, lowercase, camel case split into words ("emailSignup" reads "email-signup"). */
    private static String names(Element e) {
        String names = e.className() + " " + e.id();
        if (names.length() == 1) {
            return "";
        }
        boolean upper = false;
        for (int i = 0; i < names.length() && !upper; i++) {
            upper = Character.isUpperCase(names.charAt(i));
        }
        return (upper ? CAMEL_HUMP.matcher(names).replaceAll("$1-$2") : names).toLowerCase(Locale.ROOT).trim();
    }
}
