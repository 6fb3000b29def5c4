package org.newspipeline.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads calendar dates: machine values of markup ({@code 2019-11-20T10:43:00Z}, {@code 20191120}), dates written
 * for readers in several languages and orders ({@code 20.11.2019}, {@code 20.11.19}, {@code 20. November 2019},
 * {@code November 20, 2019}, {@code 20 de noviembre de 2019}) and dates in a page's address
 * ({@code /2019/11/20/}). A date must be a real day between 1995 and next year; a numeric date whose day and month
 * could be swapped ({@code 05/06/2019}) is not read. Immutable and thread-safe.
 */
public final class DateText {

    private static final int FIRST_YEAR = 1995;
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])");
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<![\\d])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
            + "(?![\\d])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})"
            + "(?![\\d])");
    /** A day, month and two-digit year of this century with dots ({@code 23.09.22}), as German sites write it. */
    private static final Pattern DOTTED_SHORT = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})"
            + "(?![\\d]|\\.\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d])");
    /** A machine value in UTC: its date, the hour, the rest of the clock time, then Z or a zero offset. */
    private static final Pattern UTC_TIME = Pattern.compile(
            "^\\s*\\d{4}-\\d{1,2}-\\d{1,2}[T ](\\d{1,2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)\\s*$");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?=[/_.-]|$)");

    /** A year a written date may end with. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d])(?:19|20)\\d{2}(?![\\d])");
    /** How far before its year a date with a month's name starts at most ("30th de septiembre de 2019"). */
    private static final int MONTH_DATE_REACH = 40;

    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final MetadataWords words;

    /** @param words the month names to read */
    public DateText(MetadataWords words) {
        this.words = words;
        String months = words.months().keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        dayMonthYear = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(" + months
                + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})(?![\\d])", flags);
        monthDayYear = Pattern.compile("(?<![\\p{L}])(" + months + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
                + "(\\d{4})(?![\\d])", flags);
    }

    /**
     * Reads a date given for machines, as in a {@code <meta>} tag, JSON-LD or a {@code datetime} attribute; a
     * value that is no such date is read as a date written for readers.
     *
     * @param value the value
     * @return the date, if the value holds one
     */
    public Optional<LocalDate> parseValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Pattern p : List.of(ISO, COMPACT)) {
            Matcher m = p.matcher(value);
            if (m.find()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        return find(value);
    }

    /**
     * @param value a machine value, as in a {@code <meta>} tag
     * @return the hour of a time given in UTC ({@code 2019-11-19T23:05:00Z}, {@code ...T23:05+00:00}), or -1 for
     *         any other value: a local time or a bare date names its own day
     */
    public static int utcHour(String value) {
        Matcher m = value == null ? null : UTC_TIME.matcher(value);
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * Finds the first date written in a text for readers.
     *
     * @param text the text, such as a byline
     * @return the first date in it, if any
     */
    public Optional<LocalDate> find(String text) {
        return all(text).stream().findFirst();
    }

    /**
     * A date written in a text for readers.
     *
     * @param start where it starts in the text
     * @param date  the date
     */
    public record Written(int start, LocalDate date) {
    }

    /**
     * Finds every date written in a text for readers.
     *
     * @param text the text, such as a page's visible text
     * @return the dates in the order they stand in the text, each once
     */
    public List<LocalDate> all(String text) {
        return List.copyOf(new LinkedHashSet<>(written(text).stream().map(Written::date).toList()));
    }

    /**
     * Finds every date written in a text for readers, with where it stands.
     *
     * @param text the text, such as a line
     * @return the dates in the order they stand in the text, a date written twice twice
     */
    public List<Written> written(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        TreeMap<Integer, LocalDate> found = new TreeMap<>();
        scan(SLASHED_ISO.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)), found);
        scan(DOTTED.matcher(text), m -> date(m.group(3), m.group(2), m.group(1)), found);
        scan(DOTTED_SHORT.matcher(text), m -> date("20" + m.group(3), m.group(2), m.group(1)), found);
        scan(SLASHED.matcher(text), DateText::slashed, found);
        // dates with a month's name are sought only just before a year: the names are many, the years few
        Matcher year = YEAR.matcher(text);
        int from = -1;
        int to = -1;
        while (year.find()) {
            int start = Math.max(0, year.start() - MONTH_DATE_REACH);
            if (from >= 0 && start > to) {
                scanNamed(text, from, to, found);
                from = -1;
            }
            from = from < 0 ? start : from;
            to = year.end();
        }
        if (from >= 0) {
            scanNamed(text, from, to, found);
        }
        return found.entrySet().stream().map(e -> new Written(e.getKey(), e.getValue())).toList();
    }

    /**
     * Every date a text may show, for checking a date given elsewhere against it: {@link #all}, and both readings
     * of a slashed date whose day and month could be either ("03/05/2022").
     *
     * @param text the text, such as a page's visible text
     * @return the dates, each once
     */
    public Set<LocalDate> allReadings(String text) {
        Set<LocalDate> out = new LinkedHashSet<>(all(text));
        if (text == null) {
            return out;
        }
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12) {
                date(m.group(3), m.group(1), m.group(2)).ifPresent(out::add);
                date(m.group(3), m.group(2), m.group(1)).ifPresent(out::add);
            }
        }
        return out;
    }

    private void scanNamed(String text, int from, int to, Map<Integer, LocalDate> found) {
        scan(dayMonthYear.matcher(text).region(from, to).useTransparentBounds(true),
                m -> date(m.group(3), month(m.group(2)), m.group(1)), found);
        scan(monthDayYear.matcher(text).region(from, to).useTransparentBounds(true),
                m -> date(m.group(3), month(m.group(1)), m.group(2)), found);
    }

    private static void scan(Matcher m, Function<Matcher, Optional<LocalDate>> read, Map<Integer, LocalDate> found) {
        while (m.find()) {
            Optional<LocalDate> d = read.apply(m);
            if (d.isPresent()) {
                found.putIfAbsent(m.start(), d.get());
            }
        }
    }

    /**
     * @param url a page's address
     * @return the date its path holds as year, month and day ({@code /2019/11/20/}, {@code /2019-11-20-title}),
     *         if any
     */
    public Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url.replaceFirst("^[a-zA-Z]+://[^/]*", ""));
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> slashed(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        if (b > 12 && a <= 12) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private String month(String name) {
        return String.valueOf(words.months().getOrDefault(name.toLowerCase(Locale.ROOT), 0));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < FIRST_YEAR || y > Year.now().getValue() + 1) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
