package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;
import org.newspipeline.model.Sentence;

/**
 * Input made to hurt: phrases nested without end, pages nested without end, giant sentences, failures while the
 * pipeline is built or while one text of a batch is annotated. Each gives an article or the documented error.
 */
class CraftedInputTest {

    private static final String PROSE = "The council of the harbour town met on Monday to talk about the sea wall.\n";

    @Test
    void endlessChainOfPrepositionsNeedsNoDeepStack() {
        String chain = "\"Yes,\" said the spokesman" + " for the spokesman".repeat(3_000) + ".";
        Article a = NewsPipeline.annotate(PROSE + chain);
        assertEquals(1, a.quotes().size());
        assertTrue(a.quotes().get(0).speaker().isPresent());
    }

    @Test
    void endlessParenthesesAfterANameNeedNoDeepStack() {
        Article a = NewsPipeline.annotate(PROSE + "\"Yes,\" said Anna Berg" + " (R)".repeat(10_000) + ".");
        assertFalse(a.body().isEmpty() && a.boilerplate().isEmpty());
    }

    @Test
    void deeplyNestedPageGivesItsText() {
        for (String tag : List.of("div", "b", "span")) {
            String html = "<html><body>" + ("<" + tag + ">").repeat(20_000)
                    + "<p>The council of the harbour town met on Monday to talk about the new sea wall and its cost.</p>"
                    + "</body></html>";
            Article a = NewsPipeline.annotateHtml(html);
            assertTrue(a.text().contains("The council of the harbour town"), tag);
        }
    }

    @Test
    void giantSentenceIsCutForTheTaggerAndEveryTokenIsTagged() {
        StringBuilder b = new StringBuilder(PROSE);
        java.util.Random random = new java.util.Random(18);
        while (b.length() < 60_000) {
            b.append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26))).append(' ');
        }
        Article a = NewsPipeline.annotate(b.toString());
        assertTrue(a.sentences().size() > 60_000 / 600, "sentences: " + a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertTrue(s.text().length() <= 600, "a sentence of " + s.text().length() + " chars");
        }
        int covered = a.sentences().stream().mapToInt(s -> s.text().replace(" ", "").length()).sum();
        int visible = a.body().stream().mapToInt(p -> p.text().replace(" ", "").length()).sum();
        assertEquals(visible, covered, "every non-blank char of the body lies in a sentence");
    }

    @Test
    void failedDefaultBuildIsTheDocumentedErrorAndTheNextCallTriesAgain() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NewsPipeline.buildDefault(builder -> {
                    throw new OutOfMemoryError("no room for the models");
                }));
        assertTrue(e.getCause() instanceof OutOfMemoryError);
        ArticlePipeline built = NewsPipeline.defaultPipeline();
        assertSame(built, NewsPipeline.buildDefault(builder -> built));
    }

    @Test
    void stackOverflowInOneTextOfABatchNamesItsIndex() {
        BatchAnnotationException e = assertThrows(BatchAnnotationException.class,
                () -> BatchAnnotator.annotateAll(List.of("a", "deep", "c"), 1, 100, text -> {
                    if (text.equals("deep")) {
                        throw new StackOverflowError();
                    }
                    return text;
                }));
        assertEquals(1, e.index());
        assertTrue(e.getCause() instanceof StackOverflowError);
    }
}
