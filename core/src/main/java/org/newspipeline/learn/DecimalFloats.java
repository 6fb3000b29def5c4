package org.newspipeline.learn;

/**
 * Reads decimal numbers from text into floats, exactly as {@link Float#parseFloat} does but without a string of
 * their own: fitted weights files hold millions of them, and reading them is most of the time it takes to load a
 * model. A number of at most 7 digits with at most 10 after the point ("-28.70", "0.07822") is its digits divided
 * by a power of ten, both exact in a float, so one division gives the correctly rounded value; anything else
 * (exponents, more digits, "NaN") goes to {@link Float#parseFloat}. Stateless.
 */
public final class DecimalFloats {

    /** The most digits whose integer is exact in a float (2^24 = 16,777,216). */
    private static final int MAX_DIGITS = 7;
    /** Powers of ten exact in a float: 10^10 = 2^10 * 5^10, and 5^10 < 2^24. */
    private static final float[] POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private DecimalFloats() {
    }

    /**
     * @param text  the text
     * @param start the first char of the number
     * @param end   one past its last char
     * @return the float {@code Float.parseFloat(text.subSequence(start, end).toString())} gives
     * @throws NumberFormatException if the chars are no number
     */
    public static float parse(CharSequence text, int start, int end) {
        int k = start;
        boolean negative = false;
        if (k < end && (text.charAt(k) == '-' || text.charAt(k) == '+')) {
            negative = text.charAt(k) == '-';
            k++;
        }
        long digits = 0;
        int digitCount = 0;
        int significant = 0;
        int scale = 0;
        boolean point = false;
        for (; k < end; k++) {
            char c = text.charAt(k);
            if (c == '.' && !point) {
                point = true;
                continue;
            }
            if (c < '0' || c > '9' || significant > MAX_DIGITS) {
                return Float.parseFloat(text.subSequence(start, end).toString());
            }
            digitCount++;
            digits = digits * 10 + (c - '0');
            if (digits != 0) {
                significant++;
            }
            if (point) {
                scale++;
            }
        }
        if (digitCount == 0 || significant > MAX_DIGITS || scale >= POWERS.length) {
            return Float.parseFloat(text.subSequence(start, end).toString());
        }
        float value = (float) digits / POWERS[scale];
        return negative ? -value : value;
    }
}
