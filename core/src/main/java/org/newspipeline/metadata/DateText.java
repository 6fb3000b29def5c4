package org.newspipeline.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads calendar dates: machine values of markup ({@code 2019-11-20T10:43:00Z}, {@code 20191120}), dates written
 * for readers in several languages and orders ({@code 20.11.2019}, {@code 20. November 2019},
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
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d])");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?=[/_.-]|$)");

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
     * Finds the first date written in a text for readers.
     *
     * @param text the text, such as a byline
     * @return the first date in it, if any
     */
    public Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        Matcher m = SLASHED_ISO.matcher(text);
        if (m.find() && m.start() < bestAt && date(m.group(1), m.group(2), m.group(3)).isPresent()) {
            best = date(m.group(1), m.group(2), m.group(3));
            bestAt = m.start();
        }
        m = DOTTED.matcher(text);
        if (m.find() && m.start() < bestAt && date(m.group(3), m.group(2), m.group(1)).isPresent()) {
            best = date(m.group(3), m.group(2), m.group(1));
            bestAt = m.start();
        }
        m = SLASHED.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Optional<LocalDate> d = slashed(m);
            if (d.isPresent()) {
                best = d;
                bestAt = m.start();
            }
        }
        m = dayMonthYear.matcher(text);
        if (m.find() && m.start() < bestAt && month(m.group(2)) > 0
                && date(m.group(3), String.valueOf(month(m.group(2))), m.group(1)).isPresent()) {
            best = date(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
            bestAt = m.start();
        }
        m = monthDayYear.matcher(text);
        if (m.find() && m.start() < bestAt && month(m.group(1)) > 0
                && date(m.group(3), String.valueOf(month(m.group(1))), m.group(2)).isPresent()) {
            best = date(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        return best;
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

    private Optional<LocalDate> slashed(Matcher m) {
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

    private int month(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return words.months().getOrDefault(key, 0);
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
