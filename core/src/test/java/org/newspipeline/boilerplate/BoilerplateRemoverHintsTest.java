package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.TextNormalizer;

/** Boilerplate removal with evidence from the markup (HTML mode). */
class BoilerplateRemoverHintsTest {

    private final BoilerplateRemover remover = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));

    private static final List<String> BEFORE = List.of(
            "The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.",
            "Engineers said the work would take two years and cost about 12 million pounds in all.");
    private static final List<String> LINKS = List.of("Related", "Storm closes schools", "Fire at the mill",
            "Town wins the cup", "New mayor sworn in");
    private static final String AFTER =
            "Residents who live near the bridge have complained for months about the noise of the traffic.";

    /** The lines joined, each with a hint: a prior above zero for the prose, layout for the link lines. */
    private BodyText run(double afterPrior) {
        List<String> lines = new ArrayList<>(BEFORE);
        lines.addAll(LINKS);
        lines.add(AFTER);
        String text = String.join("\n", lines);
        List<BlockHint> hints = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            Span span = new Span(start, start + line.length());
            boolean link = LINKS.contains(line);
            hints.add(new BlockHint(span, link ? -5 : line.equals(AFTER) ? afterPrior : 10, link));
            start = span.end() + 1;
        }
        return remover.apply(new TextNormalizer().apply(text), hints);
    }

    @Test
    void aLongLayoutRunInsideTheMarkedContentDoesNotEndTheArticle() {
        List<String> expected = new ArrayList<>(BEFORE);
        expected.add(AFTER);
        assertEquals(expected, run(10).paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void layoutRunsSplitByShortLabelsInsideTheMarkedContentDoNotEndTheArticle() {
        List<String> lines = new ArrayList<>(BEFORE);
        lines.add("Contents");
        lines.addAll(LINKS);
        lines.add("The vote");
        lines.add("Bridge works");
        lines.add(AFTER);
        String text = String.join("\n", lines);
        List<BlockHint> hints = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            Span span = new Span(start, start + line.length());
            boolean layout = LINKS.contains(line) || line.equals("Bridge works");
            boolean prose = BEFORE.contains(line) || line.equals(AFTER);
            hints.add(new BlockHint(span, layout ? -5 : prose ? 10 : 0, layout));
            start = span.end() + 1;
        }
        List<String> body = remover.apply(new TextNormalizer().apply(text), hints).paragraphs().stream()
                .map(Paragraph::text).toList();
        assertEquals(BEFORE.get(0), body.get(0));
        assertEquals(AFTER, body.get(body.size() - 1));
    }

    /** A lead paragraph outside the marked content, then the given lines of furniture, then the article. */
    private List<String> withLead(List<String> furniture) {
        String lead = "The bridge that has carried the town's traffic for a century will be rebuilt, the council said.";
        List<String> lines = new ArrayList<>(List.of(lead));
        lines.addAll(furniture);
        lines.addAll(BEFORE);
        lines.add(AFTER);
        String text = String.join("\n", lines);
        List<BlockHint> hints = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            Span span = new Span(start, start + line.length());
            boolean layout = furniture.contains(line);
            hints.add(new BlockHint(span, line.equals(lead) ? -4 : layout ? -5 : 10, layout));
            start = span.end() + 1;
        }
        return remover.apply(new TextNormalizer().apply(text), hints).paragraphs().stream().map(Paragraph::text)
                .toList();
    }

    @Test
    void aLeadJustAboveTheArticleAcrossAPhotoCreditIsItsOpening() {
        List<String> body = withLead(List.of("Photo: Ann Lee"));
        assertEquals(4, body.size());
        assertEquals(BEFORE.get(0), body.get(1));
        List<String> far = withLead(List.of("Photo: Ann Lee", "Share", "Print"));
        assertEquals(BEFORE.get(0), far.get(0));
    }

    @Test
    void aLongLayoutRunBeforeProseOutsideTheMarkedContentEndsTheArticle() {
        assertEquals(BEFORE, run(-10).paragraphs().stream().map(Paragraph::text).toList());
    }
}
