package org.newspipeline.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalFloatsTest {

    private static void assertSameAsParseFloat(String number) {
        float expected = Float.parseFloat(number);
        float actual = DecimalFloats.parse("\t" + number + "\t", 1, number.length() + 1);
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual), number);
    }

    @Test
    void givesTheFloatParseFloatGivesForWeightsAsTheyAreWritten() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            float w = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4));
            assertSameAsParseFloat(String.format(Locale.ROOT, "%.4g", w));
        }
    }

    @Test
    void givesTheFloatParseFloatGivesForAnyShortDecimal() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String digits = Long.toString(random.nextInt(10_000_000));
            int point = random.nextInt(digits.length() + 1);
            String number = (random.nextBoolean() ? "-" : "") + digits.substring(0, point) + "."
                    + digits.substring(point);
            assertSameAsParseFloat(number);
        }
    }

    @Test
    void readsSignsZerosAndLeavesOtherFormsToParseFloat() {
        for (String number : new String[] {"0", "-0", "+1.5", "1.", ".5", "-0.000001", "0.0000000001",
                "16777217", "123456789.5", "1.2345678", "1.234e-05", "-3E4", "NaN", "Infinity", "0.1000000000000"}) {
            assertSameAsParseFloat(number);
        }
    }

    @Test
    void refusesWhatIsNoNumber() {
        for (String text : new String[] {"", "-", ".", "1.2.3", "abc", "1-2"}) {
            assertThrows(NumberFormatException.class, () -> DecimalFloats.parse(text, 0, text.length()), text);
        }
    }
}
