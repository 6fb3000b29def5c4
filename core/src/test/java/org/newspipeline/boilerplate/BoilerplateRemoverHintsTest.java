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

    @Test
    void aLongLayoutRunBeforeProseOutsideTheMarkedContentEndsTheArticle() {
        assertEquals(BEFORE, run(-10).paragraphs().stream().map(Paragraph::text).toList());
    }
}
