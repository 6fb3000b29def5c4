package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Paragraph;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.TextNormalizer;

class BoilerplateRemoverTest {

    private final BoilerplateRemover remover = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    private static final String PAGE = String.join("\n",
            "Audio By Somebody",
            "Menu",
            "Council votes to rebuild the old bridge",
            "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
            "Engineers said the work would take two years and cost about 12 million pounds in all.",
            "A new plan",
            "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.",
            "Residents who live near the bridge have complained for months about the noise of the traffic.",
            "Note: The views of readers are their own and are not the views of this website in any way.",
            "Tags:",
            "Note: The views of readers are their own and are not the views of this website in any way.",
            "Latest Stories",
            "Man arrested after late-night burglary in the town centre",
            "58 minutes -",
            "Schools reopen after the storm",
            "2 hours -");

    private BodyText run(String text) {
        return remover.apply(new TextNormalizer().apply(text));
    }

    @Test
    void keepsTheProseRegionWithHeadlineAndCrosshead() {
        List<String> body = run(PAGE).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(
                "Council votes to rebuild the old bridge",
                "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
                "Engineers said the work would take two years and cost about 12 million pounds in all.",
                "A new plan",
                "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.",
                "Residents who live near the bridge have complained for months about the noise of the traffic."),
                body);
    }

    @Test
    void aShortLivePageWithNoRegionKeepsItsProseRatherThanNothing() {
        // headed posts read as a list; no run of lines outweighs the headings around it
        String live = String.join("\n",
                "Live: Storm Ciara latest",
                "",
                "10:42 Met Office upgrades warning",
                "",
                "The Met Office has upgraded its wind warning for north-west England to amber. Gusts of up to 80mph are"
                        + " expected on exposed coasts, forecasters said.",
                "",
                "10:15 Trains cancelled",
                "",
                "Northern Rail says all services between Preston and Blackpool are cancelled until at least midday"
                        + " because of a fallen tree on the line.",
                "",
                "09:50 'Stay at home if you can'",
                "",
                "Cumbria Police are urging people not to travel unless their journey is essential.");
        List<String> body = BoilerplateRemover.standard().apply(new TextNormalizer().apply(live)).paragraphs()
                .stream().map(Paragraph::text).toList();
        assertEquals(3, body.size(), body.toString());
        assertTrue(body.get(0).startsWith("The Met Office has upgraded"), body.toString());
        assertTrue(body.get(1).startsWith("Northern Rail says"), body.toString());
        assertTrue(body.get(2).startsWith("Cumbria Police are urging"), body.toString());
    }

    @Test
    void recordsEveryRemovedLineWithItsReason() {
        List<Boilerplate> removed = run(PAGE).boilerplate();
        assertEquals(BoilerplateReason.CLUTTER_CUE, reasonOf(removed, "Audio By Somebody"));
        assertEquals(BoilerplateReason.REPEATED_LINE, reasonOf(removed,
                "Note: The views of readers are their own and are not the views of this website in any way."));
        assertEquals(BoilerplateReason.CLUTTER_CUE, reasonOf(removed, "Tags:"));
        assertEquals(BoilerplateReason.TIMESTAMP, reasonOf(removed, "58 minutes -"));
        assertEquals(BoilerplateReason.LIST_OR_MENU, reasonOf(removed, "Schools reopen after the storm"));
        assertEquals(16 - 6, removed.size());
    }

    @Test
    void spansPointIntoTheOriginalEvenWithCrlf() {
        String crlf = PAGE.replace("\n", "\r\n");
        BodyText body = run(crlf);
        for (Paragraph p : body.paragraphs()) {
            assertEquals(p.text(), p.span().of(crlf));
            assertTrue(!p.text().contains("\r"));
        }
    }

    @Test
    void aLongCookiePolicyDoesNotOutweighAShortArticle() {
        List<String> article = List.of(
                "Ferry fares to rise in May",
                "The island's ferry company said on Friday that fares would rise by a tenth from the first of May.",
                "It blamed the price of fuel, which has gone up by a third since the autumn, and the cost of repairs.");
        List<String> policy = List.of(
                "We use cookies on our website to give you the most relevant experience by remembering your visits.",
                "Necessary cookies are absolutely essential for the website to function properly and securely.",
                "Analytics cookies are used to understand how visitors interact with the website and its pages.",
                "Advertisement cookies are used to provide visitors with relevant ads and marketing campaigns.",
                "Other uncategorised cookies are those that are being analysed and have not been classified yet.",
                "You can change your consent to these cookies at any time in the settings of your browser.");
        String page = String.join("\n", "Home", "News", "Sport", String.join("\n", article), "Share this",
                "Privacy overview", String.join("\n", policy));
        assertEquals(article, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void textWithoutProseHasNoBody() {
        assertTrue(run("Home\nNews\nSport\n3 hours ago\nShare this").paragraphs().isEmpty());
    }

    private static final List<String> ARTICLE = List.of(
            "Council votes to rebuild the old bridge",
            "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate about its future.",
            "Engineers said the work would take two years and cost about 12 million pounds, paid for by the city and the region.",
            "The mayor said the bridge had been closed to lorries since the spring because of cracks found in two of its piers.");

    @Test
    void aMenuOfSeveralShortLinesEndsTheArticle() {
        String page = String.join("\n", ARTICLE) + "\n" + String.join("\n",
                "Weather", "School Closings", "Sports", "All Sports", "Football",
                "The library will stay open late on Thursdays this winter, the council said in a short statement.");
        assertEquals(ARTICLE, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aListOfStoryTitlesWithSummariesIsNotBody() {
        String page = String.join("\n", ARTICLE) + "\n" + String.join("\n",
                "Top stories",
                "Library opens late on Thursdays",
                "The library will stay open late on Thursdays this winter, the council said in a statement.",
                "Storm damages school roof",
                "A storm tore part of the roof off the primary school on Sunday night, and classes moved to the hall.",
                "Bus fares to rise in spring",
                "Bus fares in the town will rise by ten pence in the spring, the operator said on its website.");
        assertEquals(ARTICLE, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aRepeatedLineInsideTheArticleGoesWhenItsCopyIsOutside() {
        String page = String.join("\n", "Facebook", "Pinterest", "Instagram", "Newsletter sign-up",
                ARTICLE.get(0), ARTICLE.get(1), "Facebook", ARTICLE.get(2), ARTICLE.get(3));
        List<String> body = run(page).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(ARTICLE, body);
    }

    @Test
    void aRepeatedLineWhoseCopiesAreAllInsideTheArticleStays() {
        String page = String.join("\n", "Home", "News", "Sport", "Weather",
                ARTICLE.get(1), "Step one", ARTICLE.get(2), "Step one", ARTICLE.get(3));
        List<String> body = run(page).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(ARTICLE.get(1), "Step one", ARTICLE.get(2), "Step one", ARTICLE.get(3)), body);
    }

    @Test
    void anEmbeddedTweetTagDoesNotSplitACleanArticle() {
        String page = String.join("\n", ARTICLE.get(1), "<tweet tweet-id=\"1\"><tweet/>.",
                "His tweet followed another one.", "<tweet tweet-id=\"2\"><tweet/>.", ARTICLE.get(2), ARTICLE.get(3));
        List<String> body = run(page).paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(ARTICLE.get(1), "His tweet followed another one.", ARTICLE.get(2), ARTICLE.get(3)), body);
    }

    @Test
    void storyCardsWithTitleAndSummaryRunTogetherAreNotBody() {
        String page = String.join("\n",
                "Library Opens Late On Thursdays This WinterThe library will stay open late on Thursdays, the council said.",
                "Storm Damages Primary School RoofA storm tore part of the roof off the school on Sunday night.",
                "Bus Fares In The Town To Rise In SpringBus fares will rise by ten pence in the spring, the operator said.",
                "News", "Weather") + "\n" + String.join("\n", ARTICLE);
        assertEquals(ARTICLE, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void commentsAfterACountedCommentsHeadingAreNotBody() {
        List<String> article = new java.util.ArrayList<>(ARTICLE);
        article.add("Work on the new bridge is due to start in the autumn, once the last of the planning checks are done.");
        article.add("Until then a free shuttle bus will carry people across the river every twenty minutes, the council said.");
        String page = String.join("\n", article) + "\n" + String.join("\n",
                "3 thoughts on “Council votes to rebuild the old bridge”",
                "Mary Smith",
                "About time too. I have been driving the long way round to work for over a year now, and the cost of it adds up.",
                "Reply",
                "John Brown",
                "The council should have done this years ago, but better late than never, and I hope they finish it on time.",
                "Reply");
        assertEquals(article, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void longerCommentsAfterACountedCommentsHeadingDoNotTakeTheArticlesPlace() {
        List<String> article = new java.util.ArrayList<>(ARTICLE);
        article.add("Work on the new bridge is due to start in the autumn, once the last of the planning checks are done.");
        String comment = "I cross the river every day on my way to the market, and the detour through the ring road "
                + "has added half an hour to every trip since the spring, so I welcome the vote, although I wonder "
                + "why the council waited for so long before it made up its mind about the repairs.";
        String page = String.join("\n", article) + "\n" + String.join("\n",
                "Ein Gedanke zu „Council votes to rebuild the old bridge“",
                "Mary Smith sagt:", comment, comment.replace("market", "station"), comment.replace("spring", "winter"),
                "Antworten");
        assertEquals(article, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aShortPostKeepsItsPlaceBeforeLongerCommentsUnderAHalfTranslatedHeading() {
        List<String> post = List.of("A new bridge for the old town",
                "The council voted on Monday to rebuild the old bridge over the river, which has been closed since a "
                        + "flood damaged it in the spring.",
                "Work is due to start in the autumn.");
        String comment = "I cross the river every day on my way to the market, and the detour through the ring road "
                + "has added half an hour to every trip since the spring, so I welcome the vote, although I wonder "
                + "why the council waited for so long before it made up its mind about the repairs.";
        String page = String.join("\n", post) + "\n" + String.join("\n",
                "2 Kommentare on “A new bridge for the old town”",
                "Mary Smith sagt:", comment, "Antworten", "John Brown sagt:", comment.replace("market", "station"),
                "Antworten");
        assertEquals(post, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aPhotoCreditInsideTheArticleIsRemovedWithItsReason() {
        String page = String.join("\n", ARTICLE.get(0), ARTICLE.get(1), "Jane Doe/Getty Images", ARTICLE.get(2),
                ARTICLE.get(3));
        BodyText body = run(page);
        assertEquals(ARTICLE, body.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(BoilerplateReason.PHOTO_CREDIT, reasonOf(body.boilerplate(), "Jane Doe/Getty Images"));
    }

    @Test
    void aCommentsLinkInASidebarBeforeTheArticleDoesNotDiscountIt() {
        String sidebar = "Our blog has served readers since the spring of 2009, with news and views from the town, "
                + "and it welcomes new writers who would like to join us.";
        List<String> article = new java.util.ArrayList<>(ARTICLE);
        for (String month : List.of("May", "June", "July", "August")) {
            article.add("Work on the new bridge is due to start in " + month + ", once the last of the planning checks "
                    + "are done and the contracts have been signed by the council and the builders.");
        }
        String page = String.join("\n", sidebar, sidebar.replace("spring", "summer"), sidebar.replace("spring", "autumn"),
                sidebar.replace("spring", "winter"), "Follow us", "Subscribe", "Blogroll", "Entries feed", "Comments feed",
                "Archives", "Search", "Advertisement")
                + "\n" + String.join("\n", article) + "\n" + String.join("\n", "Share this:", "Facebook", "Twitter");
        assertEquals(article, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aListOfTourDatesAfterTheArticleBelongsToIt() {
        List<String> dates = List.of("June 9 -- Harbour Arena, Port Ellis, ME",
                "June 10 -- Lakeside Hall, Brookfield, WI", "June 14 -- Pine Ridge Amphitheatre, Ashford, KY",
                "June 17 -- Civic Dome, Millbrook, OR", "June 19 -- Riverside Pavilion, Dunmore, PA");
        String page = String.join("\n", ARTICLE) + "\n" + String.join("\n", dates) + "\n"
                + String.join("\n", "Share this:", "Facebook", "Twitter", "Most Popular", "Weather", "Sports");
        List<String> expected = new java.util.ArrayList<>(ARTICLE);
        expected.addAll(dates);
        assertEquals(expected, run(page).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void readAlsoLabelsInOtherLanguagesAreFurniture() {
        String page = String.join("\n",
                "Le conseil vote la reconstruction du vieux pont",
                "Le conseil municipal a voté lundi la reconstruction du vieux pont sur la rivière, après un an de débats.",
                "Les ingénieurs estiment que les travaux dureront deux ans et coûteront environ douze millions d'euros.",
                "Lire aussi : Les habitants réclament une passerelle pour les piétons",
                "Le maire a indiqué que le pont était fermé aux camions depuis le printemps à cause de fissures.",
                "Les riverains se plaignent depuis des mois du bruit de la circulation dans leur quartier.",
                "Quelle: eigene Recherche",
                "Partager cet article");
        BodyText body = run(page);
        List<Boilerplate> removed = body.boilerplate();
        assertEquals(BoilerplateReason.CLUTTER_CUE,
                reasonOf(removed, "Lire aussi : Les habitants réclament une passerelle pour les piétons"));
        assertEquals(BoilerplateReason.CLUTTER_CUE, reasonOf(removed, "Quelle: eigene Recherche"));
        assertEquals(BoilerplateReason.CLUTTER_CUE, reasonOf(removed, "Partager cet article"));
        assertEquals(5, body.paragraphs().size());
    }

    private static BoilerplateReason reasonOf(List<Boilerplate> removed, String text) {
        return removed.stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not removed: " + text)).reason();
    }

    @Test
    void articlePastedTwiceKeepsOneCopyAsBody() {
        String article = String.join("\n",
                "Council votes to rebuild the old bridge",
                "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
                "Engineers said the work would take two years and cost about 12 million pounds in all.",
                "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.");
        BodyText twice = run(article + "\n" + article);

        List<String> body = twice.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(List.of(article.split("\n")), body);
        int secondCopy = article.length() + 1;
        assertEquals(4, twice.boilerplate().stream()
                .filter(b -> b.span().start() >= secondCopy && b.reason() == BoilerplateReason.REPEATED_LINE).count());
    }

    @Test
    void proseRepeatedOnceInsideAnArticleIsNoSecondCopy() {
        String line = "The mayor said the bridge had been closed to lorries since the spring because of cracks.";
        BodyText text = run(String.join("\n", line,
                "Engineers said the work would take two years and cost about 12 million pounds in all.", line,
                "Residents who live near the bridge have complained for months about the noise of the traffic."));
        assertTrue(text.paragraphs().stream().anyMatch(p -> p.text().startsWith("Residents")));
        assertTrue(text.boilerplate().stream().noneMatch(b -> b.text().startsWith("Residents")));
    }
}
