package org.newspipeline.model;

import java.util.Objects;

/**
 * A half-open character range {@code [start, end)} in UTF-16 {@code char} indices of the text given to
 * {@code annotate}, counted as {@link String#substring(int, int)} counts them (a character outside the Basic
 * Multilingual Plane, such as an emoji, counts two).
 *
 * @param start the first character, inclusive, {@code >= 0}
 * @param end   one past the last character, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    /** @return {@code end - start} */
    public int length() {
        return end - start;
    }

    /** @return true if the span covers no character */
    public boolean isEmpty() {
        return start == end;
    }

    /**
     * @param other another span
     * @return true if the two spans share at least one character
     */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * @param other another span
     * @return true if every character of {@code other} lies inside this span
     */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /**
     * @param offset a character index
     * @return true if {@code start <= offset < end}
     */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /**
     * The covered text.
     *
     * @param text the text this span points into
     * @return {@code text.substring(start, end)}
     * @throws IndexOutOfBoundsException if the span does not lie inside {@code text}
     */
    public String of(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return text.substring(start, end);
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
