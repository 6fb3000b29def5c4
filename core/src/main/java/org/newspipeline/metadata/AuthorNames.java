package org.newspipeline.metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a byline or an author value into people's names: what follows the names goes (a date; "am", "on" or "for"
 * and what follows them; a next labelled field such as ", Datum: ..."), the byline's opening word ("By", "Von",
 * "Par") goes, names joined by "and", "und", "&amp;", commas or semicolons are split, parts naming a role ("Staff
 * Writer"), a date or a time are dropped, and what is left must look like a name: at most five words, capitalised
 * words (or one word, such as a user name), no address, no organisation's or agency's mark ("GmbH", "Redaktion",
 * "dpa") and not the site's own name. Several names must each have two words or more ("Jobs &amp; Hire" is no pair
 * of people). A doubtful part gives no name. Immutable and thread-safe.
 */
public final class AuthorNames {

    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 60;
    /** The most words of a phrase that ends in a role word and is read as a role ("Senior Political Correspondent"). */
    private static final int MAX_ROLE_WORDS = 4;
    private static final Pattern CUT = Pattern.compile("\\s[|•·]\\s|\\||\\s[-–—]\\s+(?=\\d)|\\s+(?:am|on|le|el|il"
            + "|published|veröffentlicht|aktualisiert|updated|stand)\\s+\\d|\\s+(?:am|on|for)\\s+|\\d{1,2}[.:/]\\d|\\("
            + "|\\s*[,;]\\s*\\p{L}+:(?:\\s|$)|\\s@\\w|\\s+(?:illustrations?|illustrationen|fotos?|photos?|bilder?"
            + "|grafiken?|graphics|video|kamera|mitarbeit)(?:\\s+(?:von|by|de|di|par))?\\s*:?\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String CONJUNCTION = "(?:and|und|&|et|y|e|en|og|och|und von)";
    /** What joins two names: a comma, a semicolon or a slash, a conjunction, or both (", and"). */
    private static final Pattern JOIN = Pattern.compile("\\s*[,;/]\\s*(?:" + CONJUNCTION + "\\s+)?|\\s+"
            + CONJUNCTION + "\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");
    private static final Pattern ADDRESS = Pattern.compile("@|://|www\\.|\\.(?:com|de|org|net|at|ch)\\b",
            Pattern.CASE_INSENSITIVE);

    private final MetadataWords words;

    /** @param words the byline prefixes, roles, name particles and organisation marks to use */
    public AuthorNames(MetadataWords words) {
        this.words = words;
    }

    /**
     * @param byline    a byline or an author value, such as {@code "By Jane Roe and John Doe | 3 hours ago"}
     * @param siteNames names of the site and its publisher, normalised by {@link #key(String)}; a name equal to one,
     *                  or holding one of at least 4 letters, is not an author
     * @return the names, each once, in byline order; empty when no part looks like a name
     */
    public List<String> names(String byline, Collection<String> siteNames) {
        String text = byline.replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher cut = CUT.matcher(text);
        if (cut.find()) {
            text = text.substring(0, cut.start()).strip();
        }
        text = stripPrefix(text);
        List<String> parts = new ArrayList<>();
        for (String part : JOIN.split(text)) {
            String name = withoutEcho(stripPrefix(part.strip())
                    .replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^.]]+$", "").strip());
            if (!name.isEmpty() && !isRole(name)) {
                if (!isName(name, siteNames)) {
                    return List.of();
                }
                parts.add(name);
            }
        }
        if (parts.size() > 1 && parts.stream().anyMatch(p -> p.indexOf(' ') < 0)) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        parts.forEach(p -> names.putIfAbsent(p.toLowerCase(Locale.ROOT), p));
        return List.copyOf(names.values());
    }

    /**
     * A name written twice in a row is written once: pages repeat it for screen readers in a visually hidden
     * element, and the element's text glues the two ({@code "Jane RoeJane Roe"}). A one-word name twice with a
     * blank between ({@code "Thomas Thomas"}) may be a name and stays.
     */
    static String withoutEcho(String name) {
        int half = name.length() / 2;
        String first = name.substring(0, half);
        String second = name.substring(half);
        if (first.strip().isEmpty() || !first.strip().equals(second.strip())) {
            return name;
        }
        boolean glued = !first.endsWith(" ") && !second.startsWith(" ");
        return glued || first.strip().indexOf(' ') > 0 ? first.strip() : name;
    }

    /**
     * @param name a name
     * @return its letters and digits in lower case, the key by which names of a site are compared
     */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * @param text a line of a page, such as {@code "By Jane Roe"} or {@code "Text: Jane Roe"}
     * @return true if a byline prefix opens it and something follows the prefix
     */
    public boolean opensWithPrefix(String text) {
        String stripped = stripPrefix(text.strip());
        return !stripped.isEmpty() && stripped.length() < text.strip().length();
    }

    /**
     * @param label a label, such as the {@code twitter:label1} of a page ({@code "Written by"})
     * @return true if it is a byline prefix and nothing more
     */
    public boolean isBylineLabel(String label) {
        String l = label.strip().replaceFirst("\\s*:$", "").toLowerCase(Locale.ROOT);
        return words.bylinePrefixes().contains(l);
    }

    private String stripPrefix(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = "";
        for (String prefix : words.bylinePrefixes()) {
            if (prefix.length() > best.length() && lower.startsWith(prefix) && endsWord(text, prefix.length())) {
                best = prefix;
            }
        }
        return best.isEmpty() ? text : text.substring(best.length()).replaceFirst("^\\s*:?\\s*", "");
    }

    /** @return true if a word ends at {@code at}: a non-letter follows, or a capital glued to a small letter */
    private static boolean endsWord(String text, int at) {
        if (at >= text.length() || !Character.isLetter(text.charAt(at))) {
            return true;
        }
        return at > 0 && Character.isLowerCase(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at));
    }

    /**
     * A role is a role word or phrase ("staff writer"), a short phrase that ends in a role word ("Staff Reporter",
     * "Senior Political Correspondent"), or a role phrase after a role ("Senior Staff Writer").
     */
    private boolean isRole(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (words.roles().contains(lower)) {
            return true;
        }
        String[] tokens = lower.split(" ");
        if (tokens.length <= MAX_ROLE_WORDS && words.roles().contains(tokens[tokens.length - 1])) {
            return true;
        }
        for (String role : words.roles()) {
            if (role.indexOf(' ') > 0 && lower.endsWith(" " + role) && lower.length() > role.length() + 1
                    && words.roles().contains(lower.substring(0, lower.length() - role.length() - 1).strip())) {
                return true;
            }
        }
        return false;
    }

    private boolean isName(String name, Collection<String> siteNames) {
        if (name.length() > MAX_CHARS || ADDRESS.matcher(name).find()) {
            return false;
        }
        String[] tokens = name.split(" ");
        if (tokens.length > MAX_WORDS) {
            return false;
        }
        for (String token : tokens) {
            String t = token.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (words.orgMarks().contains(t) || words.roles().contains(t)) {
                return false;
            }
        }
        if (tokens.length > 1) {
            for (String token : tokens) {
                boolean capital = Character.isUpperCase(token.codePointAt(0));
                if (!WORD.matcher(token).matches()
                        || (!capital && !words.nameParticles().contains(token.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
            }
        }
        String key = key(name);
        if (key.isEmpty()) {
            return false;
        }
        for (String site : siteNames) {
            if (site.equals(key) || (site.length() >= 4 && key.contains(site))) {
                return false;
            }
        }
        return true;
    }
}
