package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;

class LineFeaturesTest {

    private final LineFeatures features = new LineFeatures(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    private Line line(String text) {
        List<Line> lines = features.lines(text);
        assertEquals(1, lines.size());
        return lines.get(0);
    }

    @Test
    void aLineAboutTheSitesCookiesIsACookieNoticeAndARecipeLineIsNot() {
        assertTrue(line("This website uses cookies to improve your experience; by browsing on you accept them.")
                .cookieNotice());
        assertTrue(line("Analytische Cookies helfen uns zu verstehen, wie Besucher mit der Webseite umgehen.")
                .cookieNotice());
        assertFalse(line("Bake the cookies for twelve minutes, until their edges turn golden brown.").cookieNotice());
        assertFalse(line("Move the cookies to the opposite shelf of the oven halfway through.").cookieNotice());
        assertFalse(line("The council met on Monday to discuss the new bridge over the river.").cookieNotice());
    }

    @Test
    void aTimeAndADateInEitherOrderAreATimestampAndASentenceWithThemIsNot() {
        for (String stamp : List.of("Published 14:05, 2 December 2026", "Updated 9.30 pm GMT, Dec. 2",
                "14:05 - 2026-12-02", "Published Tuesday 2 December 2026", "March 3, 2024 at 7:15 am",
                "2 hours ago", "Updated: 14:05")) {
            assertTrue(LineFeatures.isTimestamp(stamp), stamp);
        }
        for (String prose : List.of("Published 14:05, the report surprised nobody",
                "At 14:05 on 2 December the lights went out.", "Tuesday 2 December 2026 was cold")) {
            assertFalse(LineFeatures.isTimestamp(prose), prose);
        }
    }

    @Test
    void aPublishedAndAnUpdatedTimeOnOneLineAreATimestamp() {
        for (String stamp : List.of("June 5, 2026 8:10 AM UTC Updated 3 hours ago",
                "Published 5 June 2026 | Updated 6 June 2026, 09:12", "Posted: Jun 5, 2026 / 08:10 PM EDT")) {
            assertTrue(LineFeatures.isTimestamp(stamp), stamp);
        }
        for (String prose : List.of("June 5, 2026 8:10 AM UTC Updated the flood warnings",
                "5 June 2026 and 6 June 2026 were the wettest days")) {
            assertFalse(LineFeatures.isTimestamp(prose), prose);
        }
    }

    @Test
    void aTitleRunIntoItsSummaryIsAStoryCard() {
        Line card = line("Ford Recalls Pickups Over Loose Battery CableFord is recalling over 100,000 trucks to fix a cable.");
        assertTrue(card.gluedTitle());
        assertFalse(card.isProse());
    }

    @Test
    void aBrandNameInsideASentenceIsNoStoryCard() {
        assertFalse(LineFeatures.isGluedTitle("The new MacBook Pro has a keyboard that the company says will last."));
        assertFalse(LineFeatures.isGluedTitle("Now the Council's GeoParcE team has called on a planning firm for advice."));
        // several fields run together: a form copied as text, not one card
        assertFalse(LineFeatures.isGluedTitle("Name: Jane Doe Age: 27City: New YorkJob: WaitressPay: five dollars an hour"));
    }

    @Test
    void aLineOfMarkupTagsIsNotTextButNoFurniture() {
        Line tag = line("<tweet tweet-id=\"661196115484643328\"><tweet/>.");
        assertTrue(tag.markupOnly());
        assertTrue(tag.notText());
        assertEquals(0, new LineScorer().score(tag, 5, 10, false));
        assertFalse(line("A <b>bold</b> claim was made on Monday.").markupOnly());
    }

    @Test
    void aLineWithAPagesHeadOrScriptIsMarkupAndAParagraphInItsTagsIsText() {
        Line head = line("<head><meta charset=\"utf-8\"><title>Ferry times</title><script>go(\"x\");</script>");
        assertTrue(head.markupOnly());
        assertTrue(head.notText());
        Line paragraph = line("<p>The ferry company said on Friday that it would add a night crossing.</p>");
        assertFalse(paragraph.markupOnly());
        assertTrue(paragraph.words() > 6 && !paragraph.notText());
        assertFalse(line("Ann Lee met Tom Wik in <a href=\"https://example.org/a/b/c/d\">Oslo</a> on Monday.")
                .markupOnly());
    }

    @Test
    void aQuotationIsNeverAFurniturePhrase() {
        assertTrue(line("Advertising rates for next year").clutterCue());
        assertFalse(line("\"Advertising isn't doing for candidates what it used to do,\" she says.").clutterCue());
        assertFalse(line("“Related:”").clutterCue());
    }

    @Test
    void aSentenceEndBeforeAClosingQuoteCountsAsAMark() {
        Line bio = line("Mara Lind hosts the weekly radio show “Small Town, Big Talk.” Listen to it here or below:");
        assertEquals(2, bio.innerMarks());
        assertTrue(bio.isProse());
    }

    @Test
    void aSourceTagAfterTheLastSentenceStillEndsIt() {
        assertTrue(line("-Nora Vale explains why the vote was “close.” [KTX]").endsSentence());
        assertFalse(line("Craig Fehrman on the state [538]").endsSentence());
    }

    @Test
    void furniturePhrasesInOtherLanguagesAreCues() {
        assertTrue(line("Você pode gostar...").clutterCue());
        assertTrue(line("Leggi anche").clutterCue());
        assertTrue(line("Baca juga: Harga emas turun").clutterCue());
    }

    @Test
    void aLineEndingInAYearWithoutASentenceEndIsAReference() {
        Line source = line("Congressional Budget Office, \"The Effects of Tariffs on Prices,\" Aug. 22, 2019");
        assertTrue(source.datedReference());
        assertFalse(source.isProse());
        assertFalse(line("Prices rose sharply in the months after the tariffs came in, the office said in 2019.")
                .datedReference());
    }

    @Test
    void aHeadingThatCountsTheCommentsIsRecognised() {
        assertTrue(line("10 thoughts on “Business Focus: Why Some People Triumph Online and Others Never Do”")
                .countedComments());
        assertTrue(line("3 Responses to Council votes to rebuild the bridge").countedComments());
        assertFalse(line("0 Comments").countedComments());
        assertFalse(line("10 thoughts that changed how I work").countedComments());
        assertTrue(line("Ein Gedanke zu „Der Rat stimmt für die neue Brücke“").countedComments());
        assertTrue(line("12 Kommentare zu „Der Rat stimmt für die neue Brücke“").countedComments());
        assertTrue(line("2 réflexions sur « Le conseil vote pour le nouveau pont »").countedComments());
        assertTrue(line("Un comentario en «El consejo vota el nuevo puente»").countedComments());
        assertTrue(line("4 gedachten over “De raad stemt voor de nieuwe brug”").countedComments());
        assertTrue(line("5 Kommentare on “Der Rat stimmt für die neue Brücke”").countedComments());
        assertFalse(line("Ein Gedanke, der bleibt").countedComments());
        assertFalse(line("Une réflexion sans fin").countedComments());
    }

    @Test
    void picturesCreditsAndCaptionsEndingInOneAreRecognised() {
        assertTrue(line("Sakib Ali/Hindustan Times/Getty Images").photoCredit());
        assertTrue(line("Photo: Jane Doe").photoCredit());
        assertTrue(line("Image copyright Reuters").photoCredit());
        assertTrue(line("Protesters have worn masks to protect their identities (Image: GETTY )").photoCredit());
        assertTrue(line("A cross-section through the module showing the crew quarters. Credit: ESA").photoCredit());
        assertFalse(line("June 26 -- PPL Center, Allentown, PA").photoCredit());
        assertFalse(line("The photographer said the image was taken on Monday, before the storm reached the coast.")
                .photoCredit());
    }

    @Test
    void creditsAndNumberedFigureCaptionsInOtherLanguagesAreRecognised() {
        assertTrue(line("Bild: Max Huber").photoCredit());
        assertTrue(line("Die neue Brücke kurz vor der Eröffnung. Foto: Anna Berger").photoCredit());
        assertTrue(line("Ein Traktor auf dem Feld bei Kellerau © Max Huber").photoCredit());
        assertTrue(line("Abbildung 3: Der Schneedeckenaufbau am Nordhang im Januar, mit einer schwachen Schicht aus "
                + "kantigen Kristallen in der Mitte").photoCredit());
        assertTrue(line("Figure 2. Water levels at the weir since 1990").photoCredit());
        assertTrue(line("Abbildung: Die Messstation am Ufer des Sees im Sommer").photoCredit());
        assertTrue(line("Der Minister spricht vor dem Landtag in Kellerau (REUTERS/Anna Berger)").photoCredit());
        assertTrue(line("Schnee auf der Passstraße am Morgen© Max Huber/bildarchiv.example").photoCredit());
        assertFalse(line("Im Bild sind drei Kühe zu sehen, die am Morgen auf die Weide getrieben werden.")
                .photoCredit());
        assertFalse(line("Figures from the council show 2,000 homes were built last year.").photoCredit());
    }

    @Test
    void labelledCaptionsAndCaptionsEndingInAnAgencyCreditAreRecognised() {
        assertTrue(line("Image caption The harbour master said the ferry would sail again once the storm had passed")
                .photoCredit());
        assertTrue(line("FILE PHOTO: Traders work on the floor of the exchange in New York, November 18, 2019. REUTERS/Jane Doe")
                .photoCredit());
        assertTrue(line("The senator speaks at the Capitol on July 25, 2019.J. Doe / AP file").photoCredit());
        assertFalse(line("The agency said it would publish the photographs on Monday, after the families were told.")
                .photoCredit());
    }

    @Test
    void aLineInAScriptWithoutAFunctionWordListIsNotATagCloud() {
        Line arabic = line("أحبب حبيبك هونا ما عسى أن يكون بغيضك يوما ما وأبغض بغيضك هونا ما عسى أن يكون حبيبك يوما ما");
        assertTrue(arabic.ideographic());
        assertFalse(arabic.isKeywordRun());
        assertTrue(line("Home News Sport Weather Travel Money Culture Music Film Books Games Science Tech Health Style")
                .isKeywordRun());
    }
}
