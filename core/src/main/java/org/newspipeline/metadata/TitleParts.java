package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes the site's name off a page title: {@code "Harbour wall approved | Port Ellis Gazette"} gives
 * {@code "Harbour wall approved"} when the site is known as "Port Ellis Gazette" (from its address or its markup).
 * A title's parts are joined by separators such as {@code |} or {@code -} with a space on each side; a part that
 * names the site goes, the others stay as they were. Immutable and thread-safe.
 */
public final class TitleParts {

    private static final int MIN_KEY = 4;
    /** A part longer than this is a headline, even when it holds the site's name. */
    private static final int MAX_SITE_WORDS = 4;
    private final Pattern separator;

    /** @param words the separators to split titles at */
    public TitleParts(MetadataWords words) {
        separator = Pattern.compile("\\s+(?:" + words.titleSeparators().stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s+");
    }

    /**
     * @param title a title
     * @return its parts, in order; the title alone when it has no separator
     */
    public List<String> parts(String title) {
        List<String> parts = new ArrayList<>();
        for (String p : separator.split(title)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /**
     * @param title     a title
     * @param siteNames the site's names, normalised by {@link AuthorNames#key(String)}
     * @return the title without the parts that name the site; the title itself when no part does, or when every
     *         part does
     */
    public String withoutSite(String title, Collection<String> siteNames) {
        Matcher m = separator.matcher(title);
        List<String> kept = new ArrayList<>();
        List<String> seps = new ArrayList<>();
        int at = 0;
        boolean dropped = false;
        while (true) {
            boolean more = m.find();
            String part = title.substring(at, more ? m.start() : title.length()).strip();
            if (namesSite(part, siteNames)) {
                dropped = true;
            } else if (!part.isEmpty()) {
                kept.add(part);
                seps.add(more ? m.group() : "");
            }
            if (!more) {
                break;
            }
            at = m.end();
        }
        if (!dropped || kept.isEmpty()) {
            return title.strip();
        }
        StringBuilder out = new StringBuilder(kept.get(0));
        for (int i = 1; i < kept.size(); i++) {
            out.append(seps.get(i - 1)).append(kept.get(i));
        }
        return out.toString().strip();
    }

    /**
     * @param part      a part of a title
     * @param siteNames the site's names, normalised by {@link AuthorNames#key(String)}
     * @return true if the part is the site's name, holds it in a few words or is held by it (such as a short form)
     */
    public static boolean namesSite(String part, Collection<String> siteNames) {
        String key = AuthorNames.key(part);
        if (key.length() < 2) {
            return false;
        }
        for (String site : siteNames) {
            if (site.equals(key) || (site.length() >= MIN_KEY && key.contains(site) && words(part) <= MAX_SITE_WORDS)
                    || (key.length() >= MIN_KEY && site.contains(key))) {
                return true;
            }
        }
        return false;
    }

    private static int words(String part) {
        return part.split("\\s+").length;
    }
}
