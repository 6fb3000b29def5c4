package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newspipeline.model.Article;

/**
 * Property tests: random and mutated articles, each rebuilt from a fixed seed (so a failure names the seed that
 * reproduces it), must give an {@link Article} that keeps every {@link ArticleInvariants invariant}, within a time
 * bound proportional to their length.
 *
 * <p>Per run: {@value #RANDOM} random articles, {@value #MUTATED} mutated ones (each of the hand-written articles
 * and random ones, changed by one to five edits) and {@value #JUNK} inputs of random bytes decoded as UTF-8.
 */
class ArticlePropertiesTest {

    static final int RANDOM = 150;
    static final int MUTATED = 400;
    static final int JUNK = 30;

    /** Far above the measured cost (about 0.035 ms a char after warm-up): a guard against hangs, not a benchmark. */
    private static final long BASE_BUDGET_MS = 10_000;
    private static final long BUDGET_MS_PER_CHAR = 1;

    private static ArticlePipeline pipeline;

    @BeforeAll
    static void loadModels() {
        pipeline = NewsPipeline.defaultPipeline();
        pipeline.annotate(GeneratedArticles.HAND_WRITTEN.get(0));
    }

    static Stream<Arguments> randomArticles() {
        return IntStream.range(0, RANDOM)
                .mapToObj(seed -> Arguments.of("random, seed " + seed,
                        GeneratedArticles.random(new Random(seed))));
    }

    static Stream<Arguments> mutatedArticles() {
        return IntStream.range(0, MUTATED).mapToObj(seed -> {
            Random random = new Random(1_000_000L + seed);
            int hand = GeneratedArticles.HAND_WRITTEN.size();
            String original = seed % 2 == 0
                    ? GeneratedArticles.HAND_WRITTEN.get(seed / 2 % hand)
                    : GeneratedArticles.random(random);
            return Arguments.of("mutated, seed " + seed, GeneratedArticles.mutate(original, random));
        });
    }

    static Stream<Arguments> junk() {
        return IntStream.range(0, JUNK).mapToObj(seed -> {
            Random random = new Random(2_000_000L + seed);
            return Arguments.of("junk, seed " + seed, GeneratedArticles.junk(random, 1 + random.nextInt(5000)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"randomArticles", "mutatedArticles", "junk"})
    void everyInputGivesAnArticleThatKeepsTheInvariants(String name, String input) {
        Duration budget = Duration.ofMillis(BASE_BUDGET_MS + BUDGET_MS_PER_CHAR * input.length());
        Article article = assertTimeoutPreemptively(budget, () -> pipeline.annotate(input), name);
        ArticleInvariants.assertHold(input, article);
    }
}
