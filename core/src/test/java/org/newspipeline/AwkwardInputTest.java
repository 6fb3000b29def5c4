package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newspipeline.model.Article;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/**
 * What crawlers really produce: odd line ends and blanks, emoji, broken or unusual quote marks, clutter only, one
 * endless paragraph, pasted HTML, binary junk and other languages. Each gives an {@link Article} that keeps the
 * invariants, with the quotes and speakers a reader finds in it.
 */
class AwkwardInputTest {

    /** A reader finds two quotes: the first by Anna Berg ("Ms Berg"), the second by Tom Becker ("He"). */
    private static final String ARTICLE = """
            Anna Berg met Tom Becker in Oslo on Monday to talk about the new rail link.
            "It went well," said Ms Berg, who leads the regional council.
            He added: "We will meet again next week.\"""";

    private static Article annotate(String text) {
        Article article = NewsPipeline.annotate(text);
        ArticleInvariants.assertHold(text, article);
        return article;
    }

    private static List<String> quoteTexts(Article article) {
        return article.quotes().stream().map(Quote::text).toList();
    }

    private static List<String> speakerNames(Article article) {
        return article.quotes().stream().map(q -> q.speaker().map(Speaker::name).orElse("-")).toList();
    }

    @ParameterizedTest(name = "line end {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u2028", "\n\n"})
    void everyKindOfLineEndGivesTheSameQuotesAndSpeakers(String lineEnd) {
        String text = ARTICLE.replace("\n", lineEnd);
        Article article = annotate(text);
        assertEquals(3, article.body().size());
        assertEquals(List.of("It went well,", "We will meet again next week."), quoteTexts(article));
        assertEquals(List.of("Anna Berg", "Tom Becker"), speakerNames(article));
        assertEquals(text.indexOf("We will"), article.quotes().get(1).span().start());
    }

    @Test
    void tabsAndNoBreakSpacesAreBlanksButStayInTheText() {
        String text = ARTICLE.replace("Ms Berg", "Ms\u00a0Berg").replace("It went well", "It\twent\u00a0well")
                .replace("Anna Berg", "Anna\u00a0Berg");
        Article article = annotate(text);
        assertEquals(List.of("It\twent\u00a0well,", "We will meet again next week."), quoteTexts(article));
        assertEquals("Ms\u00a0Berg", article.quotes().get(0).speakerMention().map(Mention::text).orElseThrow());
        assertEquals("Anna Berg", article.quotes().get(0).speaker().map(Speaker::name).orElseThrow());
    }

    @Test
    void softHyphensInsideWordsLeaveTheWordsWhole() {
        // sites set soft hyphens (&shy;) where a long word may break; copied text keeps them, invisible
        String text = ARTICLE.replace("Anna Berg", "An\u00adna Berg\u00adlund").replace("Ms Berg", "Ms Berg\u00adlund")
                .replace("regional", "re\u00adgion\u00adal");
        Article article = annotate(text);
        assertEquals(List.of("Anna Berglund", "Tom Becker"), speakerNames(article));
        assertEquals("Ms Berg\u00adlund", article.quotes().get(0).speakerMention().map(Mention::text).orElseThrow());
        assertTrue(article.entities().stream().anyMatch(e -> e.name().equals("Anna Berglund")),
                article.entities().toString());
    }

    @Test
    void emojiBeforeAQuoteLeaveItsOffsetsOnTheRightText() {
        String text = "\ud83d\ude00\ud83c\udf89 " + ARTICLE.replace("\"It went", "\ud83d\udd25 \"It went");
        Article article = annotate(text);
        Quote first = article.quotes().get(0);
        // each emoji is two chars: the offsets count chars, as String.substring does
        assertEquals(text.indexOf("It went well,"), first.span().start());
        assertEquals("It went well,", first.text());
        Mention mention = first.speakerMention().orElseThrow();
        assertEquals(text.indexOf("Ms Berg"), mention.span().start());
        assertEquals("Ms Berg", mention.text());
    }

    @Test
    void anOpeningMarkThatNeverClosesStopsAtItsParagraphEnd() {
        String text = """
                Anna Berg met Tom Becker in Oslo on Monday to talk about the new rail link.
                "It went well, said Ms Berg, who leads the regional council.
                The meeting ended at noon, and both sides went home.""";
        Article article = annotate(text);
        assertEquals(1, article.quotes().size());
        Quote quote = article.quotes().get(0);
        assertEquals("It went well, said Ms Berg, who leads the regional council.", quote.text());
        assertEquals(text.indexOf("\nThe meeting"), quote.span().end());
    }

    @Test
    void aStrayClosingMarkOpensNothing() {
        String text = """
                Anna Berg met Tom Becker in Oslo on Monday to talk about the new rail link.
                It went well," said Ms Berg, who leads the regional council.
                "We will meet again next week," she said.""";
        Article article = annotate(text);
        assertEquals(List.of("We will meet again next week,"), quoteTexts(article));
        assertEquals(List.of("Anna Berg"), speakerNames(article));
    }

    @Test
    void singleQuotesInsideDoubleQuotesBelongToTheOuterQuote() {
        String text = """
                Anna Berg met Tom Becker in Oslo on Monday to talk about the new rail link.
                "He told me 'never again' and then \u2018we will see\u2019," said Ms Berg.""";
        Article article = annotate(text);
        assertEquals(List.of("He told me 'never again' and then \u2018we will see\u2019,"), quoteTexts(article));
        assertEquals(List.of("Anna Berg"), speakerNames(article));
    }

    @Test
    void straightMarksAsInchesAndApostrophesAreNoQuotes() {
        String text = """
                The new screen is 27" wide and its stand is 6' 2" tall, the company's catalogue says.
                It's the firm's biggest screen so far, and it's not cheap.
                "It is a very good screen," Tom Becker said.""";
        Article article = annotate(text);
        assertEquals(List.of("It is a very good screen,"), quoteTexts(article));
        assertEquals(List.of("Tom Becker"), speakerNames(article));
    }

    @Test
    void texQuotesAreQuotes() {
        Article article = annotate(ARTICLE.replace("\"It went well,\"", "``It went well,''")
                .replace("\"We will meet again next week.\"", "``We will meet again next week.''"));
        assertEquals(List.of("It went well,", "We will meet again next week."), quoteTexts(article));
        assertEquals(List.of("Anna Berg", "Tom Becker"), speakerNames(article));
    }

    @Test
    void textWithOnlyClutterHasNoBodyAndReportsEveryLine() {
        String text = "Home | News | Sport\nTags: politics, Oslo\n2 hours ago\nShare this article\n\u00a9 2024 Daily News";
        Article article = annotate(text);
        assertTrue(article.body().isEmpty());
        assertTrue(article.sentences().isEmpty() && article.quotes().isEmpty() && article.speakers().isEmpty());
        assertEquals(5, article.boilerplate().size());
    }

    @Test
    void oneHugeParagraphWithoutLineBreaksKeepsEveryQuote() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("\"Point ").append(i).append(" is settled,\" said Anna Berg of the council. ");
        }
        Article article = annotate(text.toString());
        assertEquals(1, article.body().size());
        assertEquals(300, article.quotes().size());
        for (int i = 0; i < 300; i++) {
            assertEquals("Point " + i + " is settled,", article.quotes().get(i).text());
            assertEquals(Optional.of("Anna Berg"), article.quotes().get(i).speaker().map(Speaker::name));
        }
    }

    @Test
    void tagsPastedIntoTheTextAreNeverNamesOrQuoteMarks() {
        String text = """
                Anna Berg met Tom Becker in <a href="https://example.org/oslo">Oslo</a> on Monday.
                "It went well," said <b class="name">Ms Berg</b>, who leads the regional council.""";
        Article article = annotate(text);
        assertEquals(List.of("It went well,"), quoteTexts(article));
        assertEquals(List.of("Anna Berg"), speakerNames(article));
        assertEquals("Ms Berg", article.quotes().get(0).speakerMention().map(Mention::text).orElseThrow());
        assertTrue(article.entities().stream().noneMatch(e -> e.name().contains("<") || e.name().contains(">")));
    }

    @Test
    void aWholeHtmlPagePastedAsTextGivesAnArticleWithoutInventedQuotes() {
        String text = """
                <!DOCTYPE html>
                <html><head><title>Rail link</title><script>var page = "home";</script></head>
                <body><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
                <p>Anna Berg met Tom Becker in Oslo on Monday to talk about the new rail link.</p>
                </body></html>""";
        Article article = annotate(text);
        assertTrue(article.quotes().stream().noneMatch(q -> q.text().equals("home") || q.text().equals("menu")));
    }

    @Test
    void binaryJunkGivesAnArticleWithoutSpeakers() {
        for (int seed = 0; seed < 10; seed++) {
            String junk = GeneratedArticles.junk(new Random(seed), 4000);
            Article article = annotate(junk);
            assertTrue(article.speakers().isEmpty(), "seed " + seed);
        }
    }

    @Test
    void spanishTextGivesItsQuotesButNoInventedEnglishSpeaker() {
        String text = """
                La ministra Ana García visitó Madrid el lunes para hablar del nuevo tren.
                "No vamos a ceder", dijo García a los periodistas en la estación.
                «Es un día histórico», afirmó el alcalde.""";
        Article article = annotate(text);
        assertTrue(quoteTexts(article).contains("No vamos a ceder"));
        assertTrue(article.speakers().isEmpty());
    }

    @Test
    void chineseTextGivesItsQuotesButNoInventedEnglishSpeaker() {
        String text = "\u56fd\u52a1\u9662\u603b\u7406\u674e\u5f3a\u5468\u4e00\u5728\u5317\u4eac\u4f1a\u89c1\u4e86"
                + "\u5916\u56fd\u4ee3\u8868\u56e2\u3002\n"
                + "\u201c\u8fd9\u662f\u4e00\u4e2a\u5386\u53f2\u6027\u7684\u65f6\u523b\uff0c\u201d\u674e\u5f3a"
                + "\u5bf9\u8bb0\u8005\u8bf4\u3002\n"
                + "\u4ed6\u8868\u793a\uff1a\u201c\u6211\u4eec\u5c06\u7ee7\u7eed\u5408\u4f5c\u3002\u201d";
        Article article = annotate(text);
        // “这是一个历史性的时刻，” and “我们将继续合作。”
        assertEquals(List.of("\u8fd9\u662f\u4e00\u4e2a\u5386\u53f2\u6027\u7684\u65f6\u523b\uff0c",
                "\u6211\u4eec\u5c06\u7ee7\u7eed\u5408\u4f5c\u3002"), quoteTexts(article));
        assertTrue(article.speakers().isEmpty());
        assertFalse(article.quotes().stream().anyMatch(q -> q.speaker().isPresent()));
    }
}
