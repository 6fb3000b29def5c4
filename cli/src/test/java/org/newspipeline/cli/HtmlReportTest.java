package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;

class HtmlReportTest {

    //                                     0         1         2
    //                                     0123456789012345678901234567
    private static final String TEXT = "\"A < B,\" said Ann.\nShare this";

    private static Article article() {
        Mention ann = new Mention(new Span(14, 17), "Ann", 0);
        Speaker speaker = new Speaker("Ann", SpeakerType.PERSON, List.of(ann), List.of(0));
        Quote quote = new Quote(0, new Span(1, 7), "A < B,", Optional.of(speaker), Optional.of(ann),
                Optional.of(new Span(9, 13)), AttributionRule.CUE_AFTER_QUOTE, 0.9);
        return new Article(TEXT, List.of(new Paragraph(0, new Span(0, 18), "\"A < B,\" said Ann.")),
                List.of(new Boilerplate(new Span(19, 29), "Share this", BoilerplateReason.CLUTTER_CUE)),
                List.of(new Sentence(0, 0, new Span(0, 18), "\"A < B,\" said Ann.")), List.of(),
                List.of(quote), List.of(speaker), Metadata.none());
    }

    @Test
    void quoteWithItsMarksIsHighlightedAndEscapedCueUnderlinedMentionBold() {
        String page = HtmlReport.page("story.txt", article());

        assertTrue(page.contains("<p class=\"para\" data-index=\"0\"><mark id=\"q-0\" class=\"quote s0\" "
                + "data-rule=\"CUE_AFTER_QUOTE\" title=\"Ann (person)\nnamed after the quote, confidence 0.90\n"
                + "named as: Ann\nverb: said\">"
                + "&quot;A &lt; B,&quot;</mark> <span class=\"cue s0\" title=\"cue\">said</span> "
                + "<b class=\"who s0\" title=\"Speaker: Ann (person)\">Ann</b>.</p>"), page);
    }

    @Test
    void clutterIsFoldedWithItsReason() {
        String page = HtmlReport.page("story.txt", article());

        assertTrue(page.contains("<details class=\"clutter\"><summary>1 block of page clutter removed "
                + "<span class=\"why\">(page furniture)</span></summary>"), page);
        assertTrue(page.contains("<span class=\"reason\">page furniture</span>Share this</div>"), page);
    }

    @Test
    void sidePanelListsTheSpeakerWithTypeAndQuotes() {
        String page = HtmlReport.page("story.txt", article());

        assertTrue(page.contains("<section class=\"speaker s0\">\n<h3><span class=\"who\"><span class=\"swatch\">"
                + "</span>Ann</span> <span class=\"type\">person</span><span class=\"count\">1 quote</span></h3>"),
                page);
        assertTrue(page.contains("<li><a href=\"#q-0\">\u201cA &lt; B\u201d</a><span class=\"rule\">named after "
                + "the quote</span>"), page);
        assertTrue(page.contains(".s0{--bg:hsl("), page);
    }

    @Test
    void pageNeedsNothingFromOutside() {
        String page = HtmlReport.page("<story>.txt", article());

        assertTrue(page.contains("&lt;story&gt;.txt"));
        assertFalse(page.contains("src=") || page.contains("<link") || page.contains("<script")
                || page.contains("url("));
    }

    @Test
    void countsAgreeWithTheirNumbers() {
        String page = HtmlReport.page("story.txt", article());
        assertTrue(page.contains("1 quote, 1 attributed, 1 speaker, 1 block of clutter removed"), page);
        assertTrue(HtmlReport.count(2, "speaker", "speakers").equals("2 speakers"));
    }

    @Test
    void panelQuotesLoseTheCommaThatJoinedThemToTheSentence() {
        assertEquals("We won", HtmlReport.panelText("We won,"));
        assertEquals("It is over \u2014", HtmlReport.panelText("It is over \u2014"),
                "a broken-off quote keeps its dash");
        assertEquals("We won", HtmlReport.panelText("We won ;"));
        assertEquals("Did we win?", HtmlReport.panelText("Did we win?"));
        assertEquals(",", HtmlReport.panelText(","));
    }

    @Test
    void everyRuleHasPlainWords() {
        for (AttributionRule rule : AttributionRule.values()) {
            String label = HtmlReport.ruleLabel(rule);
            assertFalse(label.contains("_") || label.equals(rule.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')), rule + ": " + label);
        }
        assertEquals("named after the quote", HtmlReport.ruleLabel(AttributionRule.CUE_AFTER_QUOTE));
        for (BoilerplateReason reason : BoilerplateReason.values()) {
            assertFalse(HtmlReport.reasonLabel(reason).contains("_"));
        }
    }

    @Test
    void theLegendUsesTheColoursOfASpeakerOnThePage() {
        String page = HtmlReport.page("story.txt", article());
        assertTrue(page.contains("<p class=\"legend\"><mark class=\"quote s0\">"), page);
        assertFalse(page.contains("s-legend"), page);
    }

    @Test
    void theSwatchStaysWithTheNameAndTheTypeBadgeDoesNotWrap() {
        String page = HtmlReport.page("story.txt", article());
        assertTrue(page.contains(".type{") && page.substring(page.indexOf(".type{")).startsWith(".type{")
                && page.substring(page.indexOf(".type{"), page.indexOf("}", page.indexOf(".type{")))
                .contains("white-space:nowrap"), page);
        assertTrue(page.contains("<span class=\"who\"><span class=\"swatch\"></span>Ann</span>"), page);
    }

    @Test
    void pageMetadataAndEntitiesAreShown() {
        Article plain = article();
        Mention ann = plain.speakers().get(0).mentions().get(0);
        Metadata metadata = new Metadata(Optional.of("Harbour <wall> approved"), List.of("Eva Holt", "Jon Park"),
                Optional.of("2025-03-04"), Optional.of("en-GB"), Optional.empty(),
                Map.of(MetadataField.HEADLINE, MetadataSource.HEADING, MetadataField.AUTHORS, MetadataSource.BYLINE,
                        MetadataField.PUBLICATION_DATE, MetadataSource.JSON_LD, MetadataField.LANGUAGE,
                        MetadataSource.MARKUP_LANG));
        Article page = new Article(plain.text(), plain.body(), plain.boilerplate(), plain.sentences(),
                List.of(new Entity("Ann", EntityType.PERSON, List.of(ann, ann)),
                        new Entity("Eastport Council", EntityType.ORGANIZATION, List.of(ann)),
                        new Entity("Eastport", EntityType.LOCATION, List.of(ann))),
                plain.quotes(), plain.speakers(), metadata);
        String html = HtmlReport.page("story.html", page);
        assertTrue(html.contains("<html lang=\"en-GB\">"), html);
        assertTrue(html.contains("<title>Harbour &lt;wall&gt; approved"), html);
        assertTrue(html.contains("<dt>Headline</dt><dd>Harbour &lt;wall&gt; approved</dd>"), html);
        assertTrue(html.contains("<dt>By</dt><dd>Eva Holt, Jon Park</dd>"), html);
        assertTrue(html.contains("<dt>Published</dt><dd>2025-03-04</dd>"), html);
        assertTrue(html.contains("<dt>Language</dt><dd>English (en-GB)</dd>"), html);
        assertTrue(html.contains("<dt>People</dt><dd><span class=\"entity\">Ann <span class=\"times\">\u00d72"
                + "</span></span></dd>"), html);
        assertTrue(html.contains("<dt>Organisations</dt><dd><span class=\"entity\">Eastport Council</span></dd>"),
                html);
        assertTrue(html.contains("<dt>Places</dt><dd><span class=\"entity\">Eastport</span></dd>"), html);

        assertFalse(HtmlReport.page("story.txt", plain).contains("<dt>Headline</dt>"), "text mode has none");
    }

    @Test
    void reportedSpeechIsOnAStripeOfItsSpeakersColour() {
        //             0         1         2         3
        //             0123456789012345678901234567890123
        String text = "Ann said the bridge would open.";
        Mention ann = new Mention(new Span(0, 3), "Ann", 0);
        Speaker speaker = new Speaker("Ann", SpeakerType.PERSON, List.of(ann), List.of(), List.of(0));
        Attribution reported = new Attribution(0, List.of(new Passage(new Span(9, 30), "the bridge would open")),
                AttributionKind.INDIRECT, Optional.of(speaker), Optional.of(ann), Optional.of(new Span(4, 8)),
                AttributionRule.REPORTED_AFTER_CUE, 0.7, List.of());
        Article article = new Article(text, List.of(new Paragraph(0, new Span(0, 31), text)), List.of(),
                List.of(new Sentence(0, 0, new Span(0, 31), text)), List.of(), List.of(), List.of(reported),
                List.of(speaker), Metadata.none());

        String page = HtmlReport.page("story.txt", article);

        assertTrue(page.contains("<b class=\"who s0\">Ann</b> <span class=\"cue s0\" title=\"cue\">said</span> "
                + "<span class=\"reported s0\" title=\"reported by Ann (\u201csaid\u201d)\">the bridge would open"
                + "</span>."), page);
    }
}
