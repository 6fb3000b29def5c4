package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Span;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<QuoteSegment> find(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), new Span(start, start + line.length()), line));
            }
            start += line.length() + 1;
        }
        return finder.find(text, paragraphs);
    }

    private List<String> quotes(String text) {
        return find(text).stream().map(s -> s.content().of(text)).toList();
    }

    @Test
    void findsStraightAndCurlyQuotesWithoutTheirMarks() {
        assertEquals(List.of("We won,", "It was close."),
                quotes("\"We won,\" she said. \u201cIt was close.\u201d"));
    }

    @Test
    void aQuoteInsideAQuoteBelongsToTheOuterOne() {
        assertEquals(List.of("He told me \u2018never\u2019 and \"stop\" twice"),
                quotes("\u201cHe told me \u2018never\u2019 and \"stop\" twice\u201d, she said."));
    }

    @Test
    void inATextThatQuotesInSingleMarksADoubleQuoteInsideBelongsToTheOuterOne() {
        String text = "\u2018We are sorry,\u2019 said Ivo Lind.\n"
                + "\u2018The wait was \u201cunacceptable\u201d and we will fix it,\u2019 he said.\n"
                + "Ivo Lind called the queues \u201ca disgrace\u201d.\n"
                + "\u2018It was fine before,\u2019 he added. \u2018Not now.\u2019";
        assertEquals(List.of("We are sorry,", "The wait was \u201cunacceptable\u201d and we will fix it,",
                "a disgrace", "It was fine before,", "Not now."), quotes(text));
    }

    @Test
    void inATextThatQuotesInSingleMarksASinglePairInsideADoubleQuoteBelongsToIt() {
        String text = "\u2018We are sorry,\u2019 said Ivo Lind.\n"
                + "\u2018Never again,\u2019 he said.\n"
                + "\u201cThe wait was \u2018unacceptable\u2019 today,\u201d said Ann Berg.";
        assertEquals(List.of("We are sorry,", "Never again,", "The wait was \u2018unacceptable\u2019 today,"),
                quotes(text));
    }

    @Test
    void anUnclosedQuoteRunsToTheParagraphEndAndChainsIntoTheNext() {
        String text = "\"First part of the quote.\n\"Second part,\" he said.";
        List<QuoteSegment> segments = find(text);
        assertEquals(2, segments.size());
        assertFalse(segments.get(0).closed());
        assertEquals("First part of the quote.", segments.get(0).content().of(text));
        assertEquals(segments.get(0).chain(), segments.get(1).chain());
    }

    @Test
    void separateQuotesInSeparateParagraphsAreSeparateChains() {
        List<QuoteSegment> segments = find("\"One,\" he said.\n\"Two,\" she said.");
        assertTrue(segments.get(0).chain() != segments.get(1).chain());
    }

    @Test
    void apostrophesAreNoQuotes() {
        assertEquals(List.of(), quotes("The Democrats\u2019 plan isn't new.\nThe workers' union met in the '90s."));
    }

    @Test
    void aTextThatQuotesInStraightSingleMarksHasThemAsQuotes() {
        String text = "'We can't pay the bill,' she said. 'The pools' roofs leak.'\n"
                + "He played rock 'n' roll and said 'not yet' twice.";
        assertEquals(List.of("We can't pay the bill,", "The pools' roofs leak.", "not yet"), quotes(text));
    }

    @Test
    void aSingleMarkedQuoteGoesOnInTheNextParagraphThatOpensWithTheSameMark() {
        String text = "She said: 'We cannot pay the bill. The roofs leak.\n'We are sorry,' she added.\n"
                + "'Not now,' he said. 'Later, maybe.'";
        List<QuoteSegment> found = find(text);
        assertEquals(List.of("We cannot pay the bill. The roofs leak.", "We are sorry,", "Not now,", "Later, maybe."),
                found.stream().map(s -> s.content().of(text)).toList());
        assertFalse(found.get(0).closed());
        assertEquals(found.get(0).chain(), found.get(1).chain());
        String curly = "She said: \u2018We cannot pay the bill.\n\u2018We are sorry,\u2019 she added.";
        assertEquals(List.of("We cannot pay the bill.", "We are sorry,"), quotes(curly));
    }

    @Test
    void aSingleMarkedQuoteOpeningASentenceAfterAnotherGoesOnInTheNextParagraphToo() {
        String text = "'We tried,' she said. 'Then the water came in.\n'It was up to the stairs,' she added.";
        List<QuoteSegment> found = find(text);
        assertEquals(List.of("We tried,", "Then the water came in.", "It was up to the stairs,"),
                found.stream().map(s -> s.content().of(text)).toList());
        assertEquals(found.get(1).chain(), found.get(2).chain());
        // inside a sentence, an open mark is no quote's start ("the players' union")
        String inside = "'We tried,' she said of the players' union and its plans.\n'It was late,' she added.";
        assertEquals(List.of("We tried,", "It was late,"), quotes(inside));
    }

    @Test
    void aSingleMarkLeftOpenIsNoQuoteWhenTheNextParagraphDoesNotGoOn() {
        String text = "She said: 'We cannot pay the bill.\nThe pools close in March.\n'Not now,' he said.";
        assertEquals(List.of("Not now,"), quotes(text));
    }

    @Test
    void aTextThatQuotesInDoubleMarksKeepsStraightSinglesForTitlesAndSlogans() {
        String text = "Council backs 'Pools for All' plan\n\"We can't pay the bill,\" she said. \"Not now.\"";
        assertEquals(List.of("We can't pay the bill,", "Not now."), quotes(text));
        String tex = "''We can't pay,'' she said of the 'Pools for All' plan. ''Not now.''";
        assertEquals(List.of(), quotes(tex));
    }

    @Test
    void aHeadlinesStraightSingleQuoteBeforeAColonIsAQuoteInATextThatQuotesInDoubleMarks() {
        String text = "'We were lucky to get out': a village after the flood\n"
                + "\"The water rose fast,\" she said. \"Too fast.\"";
        assertEquals(List.of("We were lucky to get out", "The water rose fast,", "Too fast."), quotes(text));
        // a slogan in single marks before a colon inside a line is still no quote
        String slogan = "Council backs the 'Pools for All' plan: a vote\n\"We can't pay,\" she said. \"Not now.\"";
        assertEquals(List.of("We can't pay,", "Not now."), quotes(slogan));
    }

    @Test
    void aClearCurlySinglePairIsAQuote() {
        assertEquals(List.of("repairing relations"), quotes("He called it \u2018repairing relations\u2019 today."));
    }

    @Test
    void inchMarksAndMarksInsideTagsAreIgnored() {
        assertEquals(List.of("tall"), quotes("He is 6'2\" and <tweet id=\"7\"> very \"tall\"."));
    }

    @Test
    void aStretchWithoutLettersIsNoQuote() {
        assertEquals(List.of(), quotes("He wrote \" ... \" and left."));
    }

    @Test
    void texMarksOpenAndCloseAQuote() {
        String text = "``We won,'' she said. ``It was close.''";
        List<QuoteSegment> segments = find(text);
        assertEquals(List.of("We won,", "It was close."), quotes(text));
        // ``We won,'' she said.
        // 0         1
        // 01234567890
        // the outer span covers both chars of each mark
        assertEquals(new Span(0, 11), segments.get(0).outer());
        assertTrue(segments.get(0).closed());
    }

    @Test
    void aStraightQuoteInsideATexQuoteBelongsToIt() {
        assertEquals(List.of("He said \"no\" twice"), quotes("``He said \"no\" twice'' today."));
    }

    @Test
    void aTexQuoteInsideAStraightQuoteClosesInsideIt() {
        assertEquals(List.of("He said ``no'' twice,", "Yes,"),
                quotes("\"He said ``no'' twice,\" she said. \"Yes,\" he said."));
    }

    @Test
    void twoApostrophesWithoutATexOpenerCloseNothing() {
        assertEquals(List.of("It is 6'' wide,"), quotes("\"It is 6'' wide,\" he said. Two '' marks."));
    }

    @Test
    void frenchGuillemetsWithBlanksInsideAreQuotesWithoutMarksOrBlanks() {
        String text = "\u00ab Le pont restera ferm\u00e9 jusqu'en mai \u00bb, a d\u00e9clar\u00e9 la maire.";
        List<QuoteSegment> segments = find(text);
        assertEquals(List.of("Le pont restera ferm\u00e9 jusqu'en mai"), quotes(text));
        assertEquals(new Span(0, text.indexOf('\u00bb') + 1), segments.get(0).outer());
        assertTrue(segments.get(0).closed());
    }

    @Test
    void guillemetsWorkInEnglishTextAndWithoutBlanks() {
        assertEquals(List.of("The ferry will sail at noon,", "Bring a coat."),
                quotes("\u00abThe ferry will sail at noon,\u00bb the captain said. \u00ab Bring a coat. \u00bb"));
    }

    @Test
    void reversedGermanGuillemetsAreQuotes() {
        assertEquals(List.of("Der Zug f\u00e4hrt heute nicht,"),
                quotes("\u00bbDer Zug f\u00e4hrt heute nicht,\u00ab sagte der Sprecher der Bahn."));
    }

    @Test
    void aGuillemetBetweenWordsOutsideAQuoteIsNoQuote() {
        assertEquals(List.of(), quotes("Home \u00bb Region \u00bb Harbour news"));
        assertEquals(List.of(), quotes("Home \u203a Region \u203a Harbour news \u2039 back"));
    }

    @Test
    void singleGuillemetsAreAPairOrNothing() {
        assertEquals(List.of("Nous restons"), quotes("Le slogan \u2039 Nous restons \u203a a tenu deux ans."));
        assertEquals(List.of("Il a r\u00e9pondu \u2039 jamais \u203a puis il est parti"),
                quotes("\u00ab Il a r\u00e9pondu \u2039 jamais \u203a puis il est parti \u00bb, dit-elle."));
    }

    @Test
    void germanLowAndHighMarksAreQuotesAndNest() {
        assertEquals(List.of("Wir bauen die Br\u00fccke neu,"),
                quotes("\u201eWir bauen die Br\u00fccke neu,\u201c sagte die B\u00fcrgermeisterin."));
        assertEquals(List.of("Das Wort \u201eneu\u201c passt nicht"),
                quotes("Er meinte: \u201eDas Wort \u201eneu\u201c passt nicht\u201c. Dann ging er."));
    }

    @Test
    void polishLowAndRightMarksAreQuotes() {
        String text = "\u201eMost b\u0119dzie gotowy w maju\u201d \u2013 powiedzia\u0142 burmistrz. Potem wyszed\u0142.";
        List<QuoteSegment> segments = find(text);
        assertEquals(List.of("Most b\u0119dzie gotowy w maju"), quotes(text));
        assertEquals(new Span(0, text.indexOf('\u201d') + 1), segments.get(0).outer());
    }

    @Test
    void aGuillemetQuoteGoesOnInTheNextParagraph() {
        String text = "\u00ab Nous avons tout perdu.\n\u00ab Mais nous reviendrons \u00bb, a-t-il ajout\u00e9.";
        List<QuoteSegment> segments = find(text);
        assertEquals(2, segments.size());
        assertFalse(segments.get(0).closed());
        assertEquals(segments.get(0).chain(), segments.get(1).chain());
    }
}
