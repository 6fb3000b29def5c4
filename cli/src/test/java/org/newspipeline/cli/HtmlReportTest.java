package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Paragraph;
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
                + "title=\"Ann (PERSON)\nrule CUE_AFTER_QUOTE, confidence 0.90\nmention: Ann\ncue: said\">"
                + "&quot;A &lt; B,&quot;</mark> <span class=\"cue s0\" title=\"cue\">said</span> "
                + "<b class=\"who s0\" title=\"Speaker: Ann (PERSON)\">Ann</b>.</p>"), page);
    }

    @Test
    void clutterIsFoldedWithItsReason() {
        String page = HtmlReport.page("story.txt", article());

        assertTrue(page.contains("<details class=\"clutter\"><summary>1 block of page clutter removed "
                + "<span class=\"why\">(clutter cue)</span></summary>"), page);
        assertTrue(page.contains("<span class=\"reason\">clutter cue</span>Share this</div>"), page);
    }

    @Test
    void sidePanelListsTheSpeakerWithTypeAndQuotes() {
        String page = HtmlReport.page("story.txt", article());

        assertTrue(page.contains("<section class=\"speaker s0\">\n<h3><span class=\"swatch\"></span>Ann "
                + "<span class=\"type\">PERSON</span><span class=\"count\">1 quote</span></h3>"), page);
        assertTrue(page.contains("<li><a href=\"#q-0\">\u201cA &lt; B,\u201d</a>"), page);
        assertTrue(page.contains(".s0{--bg:hsl("), page);
    }

    @Test
    void pageNeedsNothingFromOutside() {
        String page = HtmlReport.page("<story>.txt", article());

        assertTrue(page.contains("&lt;story&gt;.txt"));
        assertFalse(page.contains("src=") || page.contains("<link") || page.contains("<script")
                || page.contains("url("));
    }
}
