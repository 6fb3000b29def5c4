package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.newspipeline.boilerplate.BlockHint;
import org.newspipeline.boilerplate.BlockMarkup;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.model.Paragraph;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.TextNormalizer;

class HtmlExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <title>Bridge vote | The Town Paper</title>
            <meta property="og:title" content="Council votes to rebuild the old bridge">
            <meta name="author" content="Ann Lee">
            <meta property="article:published_time" content="2019-11-20T10:43:00Z">
            <link rel="canonical" href="https://example.org/news/bridge">
            <script>var tracking = "Council votes to rebuild the old bridge";</script>
            <style>.x { color: red }</style>
            </head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
            <li><a href="/sport">Sport</a></li></ul></nav>
            <div style="display:none">Hidden text that nobody sees on the page at all.</div>
            <main><article>
            <h1>Council votes to rebuild the old bridge</h1>
            <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
            <p>Engineers said the work would take two years and cost about 12 million pounds in all.</p>
            <h2>A new plan</h2>
            <p>The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.</p>
            <div class="share-tools"><a href="/s/1">Share on Facebook</a> <a href="/s/2">Share on Twitter</a></div>
            <p>Residents who live near the bridge have complained for months about the noise of the traffic.</p>
            <div class="byline">By Ann Lee | 20 November 2019</div>
            </article></main>
            <aside><h3>Most read</h3><p><a href="/a">Schools reopen after the storm, the county says today</a></p></aside>
            <footer><p>Copyright 2019 The Town Paper. All rights reserved.</p></footer>
            </body></html>
            """;

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final BoilerplateRemover remover = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    /** The metadata's publication date and where it came from. */
    private static void assertDate(Metadata m, String date, MetadataSource source) {
        assertEquals(Optional.of(date), m.publicationDate());
        assertEquals(Optional.of(source), m.source(MetadataField.PUBLICATION_DATE));
    }

    @Test
    void visibleTextHasOneBlockPerLineWithoutScriptsStylesOrHiddenElements() {
        String text = extractor.apply(PAGE).text();
        List<String> lines = List.of(text.split("\n"));
        assertEquals("Home", lines.get(0));
        assertTrue(lines.contains("A new plan"));
        assertTrue(lines.contains("Share on Facebook Share on Twitter"));
        assertFalse(text.contains("tracking"));
        assertFalse(text.contains("color: red"));
        assertFalse(text.contains("Hidden text"));
    }

    @Test
    void everyHintPointsAtALineOfTheText() {
        HtmlText page = extractor.apply(PAGE);
        for (BlockHint hint : page.hints()) {
            String line = hint.span().of(page.text());
            assertFalse(line.isBlank());
            assertFalse(line.contains("\n"));
        }
        assertEquals(page.text().split("\n").length, page.hints().size());
    }

    @Test
    void bodyIsTheArticleWithHeadlineAndCrossheadAndNoLayout() {
        HtmlText page = extractor.apply(PAGE);
        BodyText body = remover.apply(new TextNormalizer().apply(page.text()), page.hints());
        assertEquals(List.of(
                "Council votes to rebuild the old bridge",
                "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
                "Engineers said the work would take two years and cost about 12 million pounds in all.",
                "A new plan",
                "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.",
                "Residents who live near the bridge have complained for months about the noise of the traffic."),
                body.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(BoilerplateReason.PAGE_LAYOUT, reasonOf(body.boilerplate(), "Home"));
        assertEquals(BoilerplateReason.PAGE_LAYOUT,
                reasonOf(body.boilerplate(), "Schools reopen after the storm, the county says today"));
    }

    @Test
    void aPhotoCaptionAndABylineInsideTheArticleAreRemovedAsLayout() {
        String html = """
                <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <article><div class="story-body">
                <div class="article-byline">By Ann Lee and Bo Chan, staff reporters of the paper</div>
                <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
                <figure><img src="b.jpg"><figcaption>The old bridge over the river at dusk, seen from the town quay on
                Sunday. Photo: Ann Lee</figcaption></figure>
                <p>Engineers said the work would take two years and cost about 12 million pounds in all.</p>
                <p>The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.</p>
                <div class="image-credit">Bo Chan, Town Paper</div>
                <p>Residents who live near the bridge have complained for months about the noise of the traffic.</p>
                </div></article></body></html>
                """;
        HtmlText page = extractor.apply(html);
        BodyText body = remover.apply(new TextNormalizer().apply(page.text()), page.hints());
        List<String> kept = body.paragraphs().stream().map(Paragraph::text).toList();
        assertEquals(4, kept.size());
        assertTrue(kept.get(3).startsWith("Residents"));
        assertEquals(BoilerplateReason.PAGE_LAYOUT, reasonOf(body.boilerplate(), "Bo Chan, Town Paper"));
        assertEquals(BoilerplateReason.PAGE_LAYOUT,
                reasonOf(body.boilerplate(), "By Ann Lee and Bo Chan, staff reporters of the paper"));
        assertTrue(body.boilerplate().stream().anyMatch(b -> b.text().startsWith("The old bridge over the river")
                && b.reason() == BoilerplateReason.PAGE_LAYOUT));
    }

    @Test
    void aRelatedLinksBoxInsideTheArticleIsRemovedAndTheArticleGoesOn() {
        String html = """
                <html><body><article><div class="story-body">
                <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
                <p>Engineers said the work would take two years and cost about 12 million pounds in all.</p>
                <div class="related-links"><h4>Read more</h4><ul><li><a href="/1">Storm closes schools</a></li>
                <li><a href="/2">Fire at the old mill</a></li><li><a href="/3">Town wins the county cup</a></li>
                <li><a href="/4">New mayor is sworn in</a></li></ul></div>
                <p>The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers.</p>
                </div></article></body></html>
                """;
        HtmlText page = extractor.apply(html);
        BodyText body = remover.apply(new TextNormalizer().apply(page.text()), page.hints());
        assertEquals(List.of(
                "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
                "Engineers said the work would take two years and cost about 12 million pounds in all.",
                "The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers."),
                body.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(BoilerplateReason.PAGE_LAYOUT, reasonOf(body.boilerplate(), "Fire at the old mill"));
    }

    @Test
    void aBylineNameOnAContainerWithMostOfTheArticleDoesNotRemoveIt() {
        String html = """
                <html><body><div><div id="story">
                <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
                <p>Engineers said the work would take two years and cost about 12 million pounds in all.</p>
                <div class="author-highlight">
                <p>The mayor said the bridge had been closed to lorries since the spring because of cracks in its piers,
                and that buses, bicycles and people on foot had been using it ever since without any trouble.</p>
                <p>Residents who live near the bridge have complained for months about the noise of the traffic, the
                dust from the works on the far bank and the lorries that now go through the old town instead.</p>
                <p>The council will hold a meeting in the town hall next week to explain the plans to the residents,
                the shop owners and the bus company, and to answer their questions about the works.</p>
                </div></div></div></body></html>
                """;
        HtmlText page = extractor.apply(html);
        BodyText body = remover.apply(new TextNormalizer().apply(page.text()), page.hints());
        assertEquals(5, body.paragraphs().size());
    }

    @Test
    void aContainerNamedLikeLayoutThatHoldsTheMainHeadingIsNoLayout() {
        String html = """
                <html><body><div class="WidePromoHolder"><article><h1>Council votes to rebuild the bridge</h1>
                <p>The city council voted on Monday to rebuild the old bridge over the river.</p></article></div>
                <div class="about"><p>Our paper has served the town since 1901, with news, sport, weather, notices,
                letters, puzzles, recipes, obituaries, listings and more, printed six days a week, delivered to homes,
                shops, offices, schools, clinics and libraries, and read, online, by readers near and far.</p></div>
                </body></html>
                """;
        HtmlText page = extractor.apply(html);
        String text = page.text();
        BlockHint heading = page.hints().stream()
                .filter(h -> h.span().of(text).startsWith("Council votes")).findFirst().orElseThrow();
        BlockHint paragraph = page.hints().stream()
                .filter(h -> h.span().of(text).startsWith("The city council")).findFirst().orElseThrow();
        assertFalse(heading.layout());
        assertFalse(paragraph.layout());
        assertTrue(page.hints().stream().filter(h -> h.span().of(text).startsWith("Our paper")).findFirst()
                .orElseThrow().prior() > 0, "the long block outside is the content root");
    }

    @Test
    void theHeadlineIsTheH1ThatMatchesThePagesTitleNotAnEarlierOne() {
        String html = """
                <html><head><meta property="og:title" content="Ferry fares to rise in May | The Coast Gazette">
                </head><body>
                <aside><h1>Most read</h1><p><a href="/storm">Storm closes schools</a></p></aside>
                <main><h1>Ferry fares to rise in May</h1>
                <p>Fares on the island ferries will rise by a tenth in May, the operator said on Friday.</p></main>
                </body></html>
                """;
        HtmlText page = extractor.apply(html);
        List<String> marked = page.hints().stream().filter(BlockHint::headline)
                .map(h -> h.span().of(page.text())).toList();
        assertEquals(List.of("Ferry fares to rise in May"), marked);
        HtmlText untitled = extractor.apply("<html><body><p>No heading here, only a line of text.</p></body></html>");
        assertTrue(untitled.hints().stream().noneMatch(BlockHint::headline));
    }

    @Test
    void aLogoHeadingThatIsTheLastPartOfTheTitleIsTheSiteNotTheHeadline() {
        // no declared site name: the logo's <h1> is known as the site only by the title's last part
        String logo = """
                <html><head><title>Ferry fares to rise in May | The Coast Gazette</title></head><body>
                <div class="masthead"><h1>The Coast Gazette</h1></div>
                <p>Fares on the island ferries will rise by a tenth in May, the operator said on Friday.</p>
                </body></html>
                """;
        assertEquals(Optional.of("Ferry fares to rise in May"), extractor.apply(logo).metadata().headline());
        // a short headline that is the title's first part stays the headline
        String firstPart = """
                <html><head><title>Tides - The Coast Gazette Almanac</title></head><body>
                <h1>Tides</h1>
                <p>High water comes twice a day, a little under an hour later each day than the day before.</p>
                </body></html>
                """;
        assertEquals(Optional.of("Tides"), extractor.apply(firstPart).metadata().headline());
    }

    @Test
    void metadataComesFromTheMarkup() {
        Metadata m = extractor.apply(PAGE).metadata();
        assertEquals(Optional.of("Council votes to rebuild the old bridge"), m.headline());
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals(Optional.of("2019-11-20"), m.publicationDate());
        assertEquals(Optional.of("en-GB"), m.language());
        assertEquals(Optional.of("https://example.org/news/bridge"), m.canonicalUrl());
    }

    @Test
    void jsonLdGivesAuthorsAndDateAndIsPreferredForTheHeadline() {
        String html = """
                <html><head><title>Site title</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                 {"@type":"WebSite","name":"Paper"},
                 {"@type":"NewsArticle","headline":"Storm closes schools","datePublished":"2020-01-02",
                  "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}]}]}</script>
                <script type="application/ld+json">{ broken json</script>
                </head><body><p>Ann Lee and Bo Chan report, 2 January 2020.</p></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(Optional.of("Storm closes schools"), m.headline());
        assertEquals(List.of("Ann Lee", "Bo Chan"), m.authors());
        assertEquals(Optional.of("2020-01-02"), m.publicationDate());
        assertEquals(Optional.empty(), m.language());
        assertEquals(Optional.empty(), m.canonicalUrl());
    }

    @Test
    void eachFieldSaysWhereItCameFrom() {
        Metadata m = extractor.apply(PAGE).metadata();
        assertEquals(Optional.of(MetadataSource.HEADING), m.source(MetadataField.HEADLINE));
        assertEquals(Optional.of(MetadataSource.META_TAG), m.source(MetadataField.AUTHORS));
        assertEquals(Optional.of(MetadataSource.META_TAG), m.source(MetadataField.PUBLICATION_DATE));
        assertEquals(Optional.of(MetadataSource.MARKUP_LANG), m.source(MetadataField.LANGUAGE));
        assertEquals(Optional.of(MetadataSource.LINK_ELEMENT), m.source(MetadataField.CANONICAL_URL));
    }

    @Test
    void theHeadingIsTakenOverATitleWithTheSitesName() {
        String html = """
                <html><head><title>Ferry timetable changes for the winter - Harbour Gazette</title>
                <meta property="og:site_name" content="Harbour Gazette"></head>
                <body><header><h1><a href="/">Harbour Gazette</a></h1></header>
                <article><h1>Ferry timetable changes for winter</h1><p>Text.</p></article></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(Optional.of("Ferry timetable changes for winter"), m.headline());
        assertEquals(Optional.of(MetadataSource.HEADING), m.source(MetadataField.HEADLINE));
    }

    @Test
    void withoutAMatchingHeadingTheTitleLosesTheSitesName() {
        String html = """
                <html><head><title>Ferry timetable changes | Harbour Gazette</title>
                <link rel="canonical" href="https://www.harbour-gazette.example/ferry"></head>
                <body><p>Text.</p></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(Optional.of("Ferry timetable changes"), m.headline());
        assertEquals(Optional.of(MetadataSource.TITLE_ELEMENT), m.source(MetadataField.HEADLINE));
    }

    @Test
    void anElementLeftOpenInsideNoscriptDoesNotSwallowThePage() {
        String html = """
                <html><body><noscript><div class="warning">Please turn on JavaScript.</noscript>
                <div class="page"><article><h1>Ferry timetable changes</h1>
                <p>The morning ferry will leave half an hour earlier from Monday, the harbour office said.</p>
                </article></div></body></html>
                """;
        String text = extractor.apply(html).text();
        assertTrue(text.contains("The morning ferry will leave half an hour earlier"), text);
        assertFalse(text.contains("JavaScript"), text);
    }

    @Test
    void softHyphensAndRubyReadingsAreNoPartOfTheText() {
        String html = "<html><body><article><p>Die Fähr\u00adver\u00adbin\u00addung bleibt.</p>"
                + "<p><ruby>東<rp>(</rp><rt>とう</rt><rp>)</rp></ruby><ruby>京<rt>きょう</rt></ruby>に行きます。</p>"
                + "</article></body></html>";
        String text = extractor.apply(html).text();
        assertTrue(text.contains("Die Fährverbindung bleibt."), text);
        assertTrue(text.contains("東京に行きます。"), text);
    }

    @Test
    void aBylineClassNamedInFrenchGivesTheAuthor() {
        String html = """
                <html><body><article><h1>Le nouveau bac</h1>
                <div class="dates_auteurs">par <span class="auteurs">Lise Marot</span>, 3 mai 2021</div>
                <p>Texte.</p></article></body></html>
                """;
        assertEquals(List.of("Lise Marot"), extractor.apply(html).metadata().authors());
    }

    @Test
    void jsonLdWithALineBreakInsideAStringIsStillRead() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
                + "\"articleBody\":\"first line\nsecond line\",\"author\":{\"@type\":\"Person\","
                + "\"name\":\"Ann Lee\"}}</script></head><body><article><h1>Notes</h1><p>By Ann Lee</p>"
                + "<p>first line second line</p></article></body></html>";
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals(Optional.of(MetadataSource.JSON_LD), m.source(MetadataField.AUTHORS));
    }

    @Test
    void jsonLdInAScriptWithoutATypeIsRead() {
        String html = "<html><head><script>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2021-06-02T08:00:00+02:00\"}</script><script>var a = {};</script></head>"
                + "<body><h1>Harbour news</h1><p>2 June 2021: the ferry runs again.</p></body></html>";
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2021-06-02", MetadataSource.JSON_LD);
    }

    @Test
    void aLayoutNameOnTheElementThatWrapsThePageIsNotLayout() {
        String html = """
                <html><body><div class="layoutWithRightSidebar"><div class="story-head">
                <time datetime="2021-05-04 10:12">4 May 2021</time></div>
                <p>The ferry to the island runs again after a winter of repairs to its engines and its deck.</p>
                <p>Passengers who bought tickets last year can still use them until the end of the summer.</p>
                <div class="sidebar"><time datetime="2021-06-01">1 June 2021</time> Other news</div>
                </div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2021-05-04", MetadataSource.TIME_ELEMENT);
    }

    @Test
    void aMenuOfLinksThatHoldsMostOfThePageStaysLayout() {
        StringBuilder menu = new StringBuilder("<div class=\"main-nav\"><h2>Menu</h2><ul>");
        for (int i = 0; i < 40; i++) {
            menu.append("<li><a href=\"/topic/").append(i).append("\">Topic number ").append(i).append("</a></li>");
        }
        String html = "<html><body>" + menu + "<li>12.05.2021</li></ul></div><h1>Ferry runs again</h1>"
                + "<p>The ferry to the island runs again.</p></body></html>";
        assertEquals(Optional.empty(), extractor.apply(html).metadata().publicationDate());
    }

    @Test
    void aBlogPostsTitleInASecondLevelHeadingLeadsToItsDate() {
        String html = """
                <html><head><title>Kim's notes | Ferry timetables explained</title></head><body>
                <div id="posts"><h2 class="post-title">Ferry timetables explained</h2>
                <small>March 3, 2021 at 10:15</small>
                <p>The new timetable starts in April and adds two crossings on Sundays.</p></div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2021-03-03", MetadataSource.TEXT);
    }

    @Test
    void rdfaPropertiesAndDateLabelsGiveTheDate() {
        String rdfa = "<html><head><meta property=\"og:type\" content=\"article\"></head><body><h1>Ferry</h1>"
                + "<span property=\"schema:dateCreated\" content=\"2020-04-21T14:40:07+02:00\"></span>"
                + "<p>The ferry runs again since 21 April 2020.</p></body></html>";
        assertEquals(Optional.of("2020-04-21"), extractor.apply(rdfa).metadata().publicationDate());
        String labelled = "<html><body><h1>Ferry</h1><p>The ferry runs again after a winter of repairs to its"
                + " engines, its deck and its ramps.</p><p>More text about the ferry and the island that it serves"
                + " every day.</p><div><h5>Datum:</h5> 03.11.2021</div></body></html>";
        Metadata m = extractor.apply(labelled).metadata();
        assertDate(m, "2021-11-03", MetadataSource.LABELLED_TEXT);
    }

    @Test
    void aDeclaredDateThePageDoesNotShowGivesWayToTheBylinesDate() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2021-02-01T09:00:00+01:00"}</script></head>
                <body><article><h1>Ferry timetable changes</h1>
                <div class="byline">By Mia Clark | 14 March 2021</div>
                <p>The new timetable starts in April.</p></article></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2021-03-14", MetadataSource.BYLINE);
        Metadata shown = extractor.apply(html.replace("14 March 2021", "1 February 2021")).metadata();
        assertEquals(Optional.of("2021-02-01"), shown.publicationDate());
        assertEquals(Optional.of(MetadataSource.JSON_LD), shown.source(MetadataField.PUBLICATION_DATE));
    }

    @Test
    void aMicrodataAuthorThePageDoesNotShowIsNotTaken() {
        String html = """
                <html><body><article><h1>Ferry timetable changes</h1>
                <span itemprop="author" content="Mia Clark"></span>
                <p>The new timetable starts in April.</p></article></body></html>
                """;
        assertEquals(List.of(), extractor.apply(html).metadata().authors());
        Metadata shown = extractor.apply(html.replace("<p>The new", "<p>Mia Clark writes: the new")).metadata();
        assertEquals(List.of("Mia Clark"), shown.authors());
        assertEquals(Optional.of(MetadataSource.MICRODATA), shown.source(MetadataField.AUTHORS));
    }

    @Test
    void aMicrodataAuthorIsNamedByTheFirstNameInsideIt() {
        String html = """
                <html><body><article><h1>Ferry timetable changes</h1>
                <div itemprop="author"><a href="/team/okafor"><span itemprop="name">Ruth Okafor</span></a>
                <p>Ruth has covered the islands' transport for ten years, from ferries to the new bridge.</p>
                <div itemprop="knows"><span itemprop="name">Tom Berg</span></div></div>
                <span itemprop="author"><span itemprop="name">Pavel Novak</span></span>
                <p>The new timetable starts in April.</p></article></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Ruth Okafor", "Pavel Novak"), m.authors());
        assertEquals(Optional.of(MetadataSource.MICRODATA), m.source(MetadataField.AUTHORS));
    }

    @Test
    void aLinkWhoseTextIsABylineNamesTheAuthor() {
        String html = """
                <html><body><h1>Neue Fähre</h1><p>Die neue Fähre fährt ab Mai zweimal am Tag zur Insel.</p>
                <div>Fragen zu diesem Beitrag und zu den Fahrplänen beantwortet gern die Redaktion per E-Mail:
                <a href="mailto:post@example.org"><b>Von:</b> Lena Berg</a></div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Lena Berg"), m.authors());
        assertEquals(Optional.of(MetadataSource.BYLINE), m.source(MetadataField.AUTHORS));
    }

    @Test
    void reviewsOnAPageGiveNeitherAuthorNorDate() {
        String html = """
                <html><head><meta property="og:type" content="article"></head><body><h1>Garden hose, 20 metres</h1>
                <p>A hose for gardens of every size, with a brass tap.</p>
                <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                <span itemprop="author" content="Kim Olsen"></span>
                <span itemprop="datePublished" content="2020-06-08"></span>
                <p>Kim Olsen: works well.</p></div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of(), m.authors());
        assertEquals(Optional.empty(), m.publicationDate());
    }

    @Test
    void aTwitterLabelWrittenByNamesTheAuthor() {
        String html = """
                <html><head><meta name="twitter:label1" content="Verfasst von">
                <meta name="twitter:data1" content="Lena Berg">
                <meta name="twitter:label2" content="Geschätzte Lesezeit">
                <meta name="twitter:data2" content="3 Minuten">
                </head><body><h1>Neue Fähre</h1><p>Lena Berg berichtet.</p></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Lena Berg"), m.authors());
        assertEquals(Optional.of(MetadataSource.META_TAG), m.source(MetadataField.AUTHORS));
        String login = html.replace("Lena Berg\">", "lberg\">").replace("Lena Berg berichtet", "lberg berichtet");
        assertEquals(List.of(), extractor.apply(login).metadata().authors());
    }

    @Test
    void theBylineGivesPeopleAndTheSitesNameIsNoAuthor() {
        String html = """
                <html><head><meta name="author" content="Harbour Gazette">
                <meta property="og:site_name" content="Harbour Gazette"></head>
                <body><article><h1>Ferry timetable changes</h1>
                <div class="article-byline">By Mia Clark and Tom Reed | 14 March 2021</div>
                <p>Text.</p></article>
                <aside class="sidebar"><div class="author">By Someone Else</div>
                <time datetime="2021-01-01">1 January</time></aside></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Mia Clark", "Tom Reed"), m.authors());
        assertEquals(Optional.of(MetadataSource.BYLINE), m.source(MetadataField.AUTHORS));
        assertDate(m, "2021-03-14", MetadataSource.BYLINE);
    }

    @Test
    void aTimeElementOfTheArticleBeatsTheAddressAndAnUpdateIsNotTaken() {
        String html = """
                <html><head><link rel="canonical" href="https://example.org/2020/05/06/ferry/"></head>
                <body><article><h1>Ferry</h1>
                <p class="updated">Updated <time datetime="2020-05-09T08:00">9 May</time></p>
                <p>First published <time datetime="2020-05-07T10:00">7 May</time></p><p>Text.</p></article>
                </body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2020-05-07", MetadataSource.TIME_ELEMENT);
    }

    @Test
    void aWrapperNamedLikeLayoutThatHoldsTheHeadingIsNotLayout() {
        String html = """
                <html><body><div class="page-with-sidebar">
                <div class="story"><h1>Library opens late on Fridays</h1>
                <time datetime="2022-03-04">4 March 2022</time><p>Text.</p></div>
                <div class="sidebar"><time datetime="2022-01-01">1 January</time></div>
                </div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(Optional.of("Library opens late on Fridays"), m.headline());
        assertDate(m, "2022-03-04", MetadataSource.TIME_ELEMENT);
    }

    @Test
    void aTimeElementInAColumnOfTheArticlesDetailsIsTheArticlesOwn() {
        String html = """
                <html><body><main><article class="story"><h1>Library opens late on Fridays</h1>
                <div class="story-sidebar"><p class="time"><time datetime="2022-03-04">4 March 2022</time></p></div>
                <p>The city library stays open until ten on Fridays from next month.</p></article>
                <aside><time datetime="2022-01-01">1 January 2022</time></aside></main></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(Optional.of("2022-03-04"), m.publicationDate());
        assertEquals(Optional.empty(), extractor.apply(html.replace("<div class=\"story-sidebar\">", "<aside>")
                .replace("</p></div>", "</p></aside>")).metadata().publicationDate());
    }

    @Test
    void commentsMarkedUpAsArticlesStayLayout() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"BlogPosting",
                "datePublished":"2021-02-01T09:00:00+01:00"}</script></head>
                <body><article><h1>Ferry timetable changes</h1><p>The new timetable starts in April.</p></article>
                <div id="comments"><ol><li class="comment"><article id="comment-12">
                <span class="date">20/02/2021</span><p>Thanks for the news.</p></article></li></ol></div>
                </body></html>
                """;
        // Neither the comment's date nor a declared date the page does not show.
        assertEquals(Optional.empty(), extractor.apply(html).metadata().publicationDate());
        Metadata m = extractor.apply(html.replace("<p>The new timetable", "<p>1 February 2021. The new timetable"))
                .metadata();
        assertDate(m, "2021-02-01", MetadataSource.JSON_LD);
    }

    @Test
    void aDeclaredDateShownInEitherOrderOfDayAndMonthIsTaken() {
        String html = """
                <html><head><meta property="article:published_time" content="2022-05-03T22:08:20-04:00"></head>
                <body><h1>Ferry timetable changes</h1><div class="story-meta">Published 03/05/2022</div>
                <p>The new timetable starts in June.</p><div class="more"><div class="date">29/04/2022</div></div>
                </body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2022-05-03", MetadataSource.META_TAG);
    }

    @Test
    void anUpdateLabelCountsOnlyRightBeforeTheDate() {
        String html = """
                <html><body><div class="post"><h2 class="post-title">Ferry timetable changes</h2>
                <div class="post-date">14 March 2021</div>
                Modifications to the timetable start in April, after talks with the island's council.</div>
                </body></html>
                """;
        assertEquals(Optional.of("2021-03-14"), extractor.apply(html).metadata().publicationDate());
        String updated = html.replace("<div class=\"post-date\">", "Last modified: <div class=\"post-date\">");
        assertEquals(Optional.empty(), extractor.apply(updated).metadata().publicationDate());
    }

    @Test
    void aLineThatOpensWithABylinePrefixGivesFullNamesOnly() {
        String html = """
                <html><body><div class="story"><h1>New ferry on the lake</h1>
                <p>Von Mara Lind und Jon Vale</p>
                <p>The ferry will run every hour from May.</p></div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertEquals(List.of("Mara Lind", "Jon Vale"), m.authors());
        assertEquals(Optional.of(MetadataSource.BYLINE), m.source(MetadataField.AUTHORS));
        String oneWord = html.replace("Von Mara Lind und Jon Vale", "Von red");
        assertEquals(List.of(), extractor.apply(oneWord).metadata().authors());
        String linked = html.replace("Von Mara Lind und Jon Vale",
                "Posted by <a href=\"/author/marl/\">marl</a> on Monday");
        assertEquals(List.of("marl"), extractor.apply(linked).metadata().authors());
        String linkedElsewhere = linked.replace("/author/marl/", "/tag/marl/");
        assertEquals(List.of(), extractor.apply(linkedElsewhere).metadata().authors());
    }

    @Test
    void aDateAfterAPublicationLabelIsTaken() {
        String html = """
                <html><body><div class="story"><h2>New ferry on the lake</h2>
                <p>The ferry will run every hour from May, the company said on 2 March 2021.</p>
                <p>Veröffentlicht am 3.4.2021 um 10:00</p></div>
                <div class="sidebar"><p>Published on 1 January 2020</p></div></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2021-04-03", MetadataSource.LABELLED_TEXT);
    }

    @Test
    void aDeclaredDateCountsOnlyWhenTheTextShowsIt() {
        String hidden = """
                <html><head><meta property="og:type" content="website">
                <meta property="article:published_time" content="2020-06-01T08:00:00+02:00"></head>
                <body><h1>About our club</h1><p>We meet on Mondays.</p></body></html>
                """;
        assertEquals(Optional.empty(), extractor.apply(hidden).metadata().publicationDate());
        String shown = hidden.replace("We meet on Mondays.", "Founded on 1 June 2020.");
        assertEquals(Optional.of("2020-06-01"), extractor.apply(shown).metadata().publicationDate());
        // An article's declared date that its readers never see is no more trusted.
        String article = hidden.replace("content=\"website\"", "content=\"article\"");
        assertEquals(Optional.empty(), extractor.apply(article).metadata().publicationDate());
        assertEquals(Optional.of("2020-06-01"), extractor.apply(shown.replace("content=\"website\"",
                "content=\"article\"")).metadata().publicationDate());
    }

    @Test
    void aUtcTimeTakesTheDayThePageShows() {
        String page = """
                <html><head><meta property="og:type" content="article">
                <meta property="article:published_time" content="TIME"></head>
                <body><article><h1>Ferry</h1><p>SHOWN The ferry runs again.</p></article></body></html>
                """;
        // 02:15 UTC is still the evening before in the Americas; a page showing that day is read so.
        assertEquals(Optional.of("2021-04-08"), extractor.apply(page.replace("TIME", "2021-04-09T02:15:00Z")
                .replace("SHOWN", "April 8, 2021.")).metadata().publicationDate());
        // 22:40 UTC is already the next day east of UTC.
        assertEquals(Optional.of("2021-04-10"), extractor.apply(page.replace("TIME", "2021-04-09T22:40:00+00:00")
                .replace("SHOWN", "10.04.2021")).metadata().publicationDate());
        // Noon UTC is the same day nearly everywhere: a date the page shows beside it is another one.
        assertEquals(Optional.of("2021-04-09"), extractor.apply(page.replace("TIME", "2021-04-09T12:00:00Z")
                .replace("SHOWN", "April 8, 2021.")).metadata().publicationDate());
        // A local time names its own day.
        assertEquals(Optional.of("2021-04-09"), extractor.apply(page.replace("TIME", "2021-04-09T22:40:00-03:00")
                .replace("SHOWN", "10.04.2021")).metadata().publicationDate());
        // With no date shown, none is taken.
        assertEquals(Optional.empty(), extractor.apply(page.replace("TIME", "2021-04-09T22:00:00.000Z")
                .replace("SHOWN", "")).metadata().publicationDate());
    }

    @Test
    void theAddressGivesTheDateWhenNothingElseDoes() {
        String html = """
                <html><head><link rel="canonical" href="https://example.org/2020/05/06/ferry/"></head>
                <body><article><h1>Ferry</h1><p>Text.</p></article></body></html>
                """;
        Metadata m = extractor.apply(html).metadata();
        assertDate(m, "2020-05-06", MetadataSource.URL);
    }

    @Test
    void anOrganisationInJsonLdIsNoAuthor() {
        String html = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry",
                "author":{"@type":"Organization","name":"Harbour Gazette"}}</script></head>
                <body><p>Text.</p></body></html>
                """;
        assertTrue(extractor.apply(html).metadata().authors().isEmpty());
    }

    @Test
    void aDeclaredAuthorThePageNeverShowsIsLeftOut() {
        String html = """
                <html><head><meta name="author" content="Web Admin Person"></head>
                <body><article><h1>Ferry</h1><p>Text.</p></article></body></html>
                """;
        assertTrue(extractor.apply(html).metadata().authors().isEmpty());
    }

    @Test
    void pageWithoutMetadataGivesEmptyFields() {
        Metadata m = extractor.apply("<p>Just a line.</p>").metadata();
        assertEquals(Optional.empty(), m.headline());
        assertTrue(m.authors().isEmpty());
    }

    @Test
    void eachBlockSaysWhetherItIsAHeadingAListItemOrInTheContainerOfTheRunningText() {
        String html = """
                <html><body><div class="story"><h2>Harbour wall repaired</h2>
                <p>Workers finished repairing the harbour wall on Friday after a storm broke part of it in March.</p>
                <p>The fishing boats that had moored further up the coast can now come back to the harbour.</p>
                <div class="box"><p>Tell us about the news where you live: write to the newsroom any day.</p></div>
                <ul><li>Tides for the week</li></ul></div></body></html>
                """;
        HtmlText page = extractor.apply(html);
        String text = page.text();
        Function<String, BlockMarkup> markup = start -> page.hints().stream()
                .filter(h -> h.span().of(text).startsWith(start)).findFirst().orElseThrow().markup();
        assertTrue(markup.apply("Harbour wall").heading());
        assertTrue(markup.apply("Harbour wall").mainContainer(), "a sibling of the paragraphs");
        assertTrue(markup.apply("Workers finished").mainContainer());
        assertFalse(markup.apply("Workers finished").heading());
        assertFalse(markup.apply("Tell us").mainContainer(), "in a box of its own");
        assertTrue(markup.apply("Tides").listItem());
        assertFalse(markup.apply("Tides").mainContainer());
    }

    private static BoilerplateReason reasonOf(List<Boilerplate> removed, String text) {
        return removed.stream().filter(b -> b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not removed: " + text)).reason();
    }
}
