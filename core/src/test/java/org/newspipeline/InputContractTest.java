package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newspipeline.model.Article;

/**
 * The input contract of {@link ArticlePipeline#annotate(String)}: null is a {@link NullPointerException}, blank
 * text an empty {@link Article}, text over the limit an {@link IllegalArgumentException} naming limit and length,
 * and everything else an {@code Article}.
 */
class InputContractTest {

    @Test
    void nullIsANullPointerExceptionWithAMessage() {
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        assertEquals("text must not be null",
                assertThrows(NullPointerException.class, () -> pipeline.annotate(null)).getMessage());
        assertThrows(NullPointerException.class, () -> pipeline.annotateAll(Arrays.asList("Fine.", null)));
    }

    @ParameterizedTest(name = "blank input {index}")
    @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", "\t \t", "\u00a0", "\u2028\u2029", "\u200b\ufeff",
        "\u0000\u0007", "\ud800"})
    void blankInputGivesAnArticleWithEmptyLists(String blank) {
        Article article = NewsPipeline.annotate(blank);
        assertEquals(blank, article.text());
        assertEquals(Article.empty(blank), article);
    }

    @Test
    void theLimitIsInclusiveAndTheMessageNamesLimitAndLength() {
        ArticlePipeline small = NewsPipeline.builder().maxInputChars(40).build();
        String sentence = "\"We are ready,\" Peter Olsen said today."; // 39 chars
        String exactly = sentence + " ".repeat(40 - sentence.length());
        assertEquals(40, exactly.length());
        ArticleInvariants.assertHold(exactly, small.annotate(exactly));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.annotate(exactly + "!"));
        assertTrue(e.getMessage().contains("41 chars") && e.getMessage().contains("limit of 40 chars"),
                e.getMessage());
    }

    @Test
    void theDefaultLimitIsAMillionChars() {
        assertEquals(1_000_000, NewsPipeline.DEFAULT_MAX_INPUT_CHARS);
        assertEquals(NewsPipeline.DEFAULT_MAX_INPUT_CHARS, NewsPipeline.defaultPipeline().maxInputChars());
        String tooLong = "a".repeat(NewsPipeline.DEFAULT_MAX_INPUT_CHARS + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NewsPipeline.annotate(tooLong));
        assertTrue(e.getMessage().contains("1000001 chars") && e.getMessage().contains("limit of 1000000 chars"),
                e.getMessage());
    }

    /**
     * The longest input the default pipeline takes, as one paragraph that is one sentence (no full stop, no line
     * break): the worst case for CoreNLP's tagger and recogniser. It is annotated in full, nothing dropped. The
     * budget guards against a hang; it is no benchmark (this takes about 35 s on 2 cores and runs in a 1.2 GB
     * heap).
     */
    @Test
    void aMillionCharsInOneSentenceAreAnnotatedInFull() {
        String text = oneSentence(NewsPipeline.DEFAULT_MAX_INPUT_CHARS);
        Article article = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> NewsPipeline.annotate(text));
        ArticleInvariants.assertHold(text, article);
        assertEquals(1, article.body().size());
        assertEquals(text.strip(), article.body().get(0).text());
        assertEquals(List.of(), article.boilerplate());
        assertTrue(article.sentences().get(article.sentences().size() - 1).span().end() >= text.strip().length(),
                "the sentences run to the end of the text");
    }

    /** Words of a news sentence, repeated without a full stop, cut to exactly {@code length} chars. */
    private static String oneSentence(int length) {
        String words = "the council in Oslo said that Anna Berg and Tom Becker would meet again next week to talk "
                + "about the cost of the new rail link between the two cities and ";
        StringBuilder out = new StringBuilder(length + words.length());
        while (out.length() < length) {
            out.append(words);
        }
        out.setLength(length);
        return out.toString();
    }
}
