package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
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

    /**
     * The lines joined, each with a hint: its prior, and the layout mark for the lines in {@code layout}.
     *
     * @return the texts of the body's paragraphs
     */
    private List<String> body(List<String> lines, ToDoubleFunction<String> prior, List<String> layout) {
        String text = String.join("\n", lines);
        List<BlockHint> hints = new ArrayList<>();
        int start = 0;
        for (String line : lines) {
            Span span = new Span(start, start + line.length());
            hints.add(new BlockHint(span, prior.applyAsDouble(line), layout.contains(line)));
            start = span.end() + 1;
        }
        BodyText body = remover.apply(new TextNormalizer().apply(text), hints);
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    /** The prose around the link lines: a prior above zero before them, {@code afterPrior} after them. */
    private List<String> run(double afterPrior) {
        List<String> lines = new ArrayList<>(BEFORE);
        lines.addAll(LINKS);
        lines.add(AFTER);
        return body(lines, line -> LINKS.contains(line) ? -5 : line.equals(AFTER) ? afterPrior : 10, LINKS);
    }

    @Test
    void aLongLayoutRunInsideTheMarkedContentDoesNotEndTheArticle() {
        List<String> expected = new ArrayList<>(BEFORE);
        expected.add(AFTER);
        assertEquals(expected, run(10));
    }

    @Test
    void layoutRunsSplitByShortLabelsInsideTheMarkedContentDoNotEndTheArticle() {
        List<String> lines = new ArrayList<>(BEFORE);
        lines.add("Contents");
        lines.addAll(LINKS);
        lines.add("The vote");
        lines.add("Bridge works");
        lines.add(AFTER);
        List<String> layout = new ArrayList<>(LINKS);
        layout.add("Bridge works");
        List<String> body = body(lines, line -> layout.contains(line) ? -5
                : BEFORE.contains(line) || line.equals(AFTER) ? 10 : 0, layout);
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
        return body(lines, line -> line.equals(lead) ? -4 : furniture.contains(line) ? -5 : 10, furniture);
    }

    @Test
    void aLeadJustAboveTheArticleAcrossAPhotoCreditIsItsOpening() {
        List<String> body = withLead(List.of("Photo: Ann Lee"));
        assertEquals(4, body.size());
        assertEquals(BEFORE.get(0), body.get(1));
        List<String> byline = List.of("By Ann Lee", "20 November 2019", "Photo: Tom Ray", "Share");
        List<String> across = withLead(byline);
        assertEquals(4, across.size(), "the byline, the date and the credit between stay out");
        assertEquals(BEFORE.get(0), across.get(1));
        List<String> far = withLead(List.of("Photo: Ann Lee", "Share", "Print", "Email", "Save", "Comments", "More"));
        assertEquals(BEFORE.get(0), far.get(0));
    }

    @Test
    void aLongLayoutRunBeforeProseOutsideTheMarkedContentEndsTheArticle() {
        assertEquals(BEFORE, run(-10));
    }
}
