package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newspipeline.Scaling;
import org.newspipeline.config.ConfigResources;

/**
 * Every pattern the line features run over a whole line stays linear on lines made to make a regular expression
 * backtrack: a short head, a long run of blanks of one kind or another, then a tail that fails the match.
 */
class LineFeaturesScalingTest {

    private final LineFeatures features = new LineFeatures(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    /** Blanks a pattern may treat as {@code \s} or not. */
    private static final String[] BLANKS = {" ", "\t", "\u00a0", "\u200b", " \t"};
    private static final String[] HEADS = {"Photo: AP", "a", "AP", "Reuters", "Getty Images", "[538", "(AP",
            "REUTERS/Jane", "2019", "x.", "Credit:"};
    private static final String[] TAILS = {"x", "b]", "]", ")", "x)", ".x", "2019x", ":"};

    /** The heads and tails each pattern anchors on, then seeded random mixes of the others. */
    static Stream<Arguments> adversarialLines() {
        Random random = new Random(17);
        Stream<Arguments> known = Stream.of(Arguments.of("a", " ", "b]"), Arguments.of("a", "\u00a0", "b]"),
                Arguments.of("Getty Images", " ", "x"), Arguments.of("AP", "\t", "x"),
                Arguments.of("Photo: AP", " ", "x"), Arguments.of("x.", " ", ".x"));
        return Stream.concat(known, Stream.generate(() -> Arguments.of(HEADS[random.nextInt(HEADS.length)],
                BLANKS[random.nextInt(BLANKS.length)], TAILS[random.nextInt(TAILS.length)])).limit(8));
    }

    @ParameterizedTest(name = "{0} + run of [{1}] + {2}")
    @MethodSource("adversarialLines")
    void linearOnALongRunOfBlanks(String head, String blank, String tail) {
        Scaling.assertLinear("line " + head + "/" + tail, 20_000,
                n -> head + blank.repeat(n / blank.length()) + tail, line -> features.lines(line));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tags")
    void sourceTagIsReadPastWithoutAPattern(String line, String without) {
        assertEquals(without, LineFeatures.withoutSourceTag(line));
    }

    static Stream<Arguments> tags() {
        return Stream.of(Arguments.of("It was weird. [538]", "It was weird."),
                Arguments.of("It was weird.   [538]", "It was weird."),
                Arguments.of("No tag here", "No tag here"),
                Arguments.of("Two [a] [b]", "Two [a]"),
                Arguments.of("Empty []", "Empty []"),
                Arguments.of("Too long [" + "x".repeat(41) + "]", "Too long [" + "x".repeat(41) + "]"),
                Arguments.of("Nested [a]b]", "Nested [a]b]"));
    }
}
