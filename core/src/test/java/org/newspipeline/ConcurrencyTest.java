package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;

/** One pipeline shared by several threads gives exactly what a sequential run gives. */
class ConcurrencyTest {

    private static final List<String> TEXTS = List.of(
            "\"We are ready,\" Peter Olsen said on Friday.\nHe added: \"The crane works again.\"",
            "The ministry said it would look again.\n\"Nothing is decided,\" it said in a statement.",
            "Officials said the offer was \"not serious\".\nTags:\n2 hours ago",
            "Anna Berg met Tom Becker in Oslo.\n\"It went well,\" said Ms Berg, who leads the group.",
            "\"First part of a long quote.\n\"And the rest of it,\" Mayor Ian Holt said.");

    @Test
    void fourThreadsOnOnePipelineMatchASequentialRun() throws Exception {
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inputs.addAll(TEXTS);
        }
        List<Article> sequential = inputs.stream().map(pipeline::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> futures = new ArrayList<>();
            for (String input : inputs) {
                futures.add(pool.submit(() -> pipeline.annotate(input)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "input " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void annotateAllOnTwoThreadsGivesTheSequentialResultsInInputOrder() {
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inputs.addAll(TEXTS);
        }
        List<Article> sequential = inputs.stream().map(pipeline::annotate).toList();
        assertEquals(sequential, pipeline.annotateAll(inputs, 2));
        assertEquals(sequential, pipeline.annotateAll(inputs));
    }

    @Test
    void annotateAllRefusesATextOverTheLimitNamingItsIndex() {
        ArticlePipeline small = NewsPipeline.builder().maxInputChars(80).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> small.annotateAll(List.of(TEXTS.get(0), TEXTS.get(1), "short"), 2));
        assertTrue(e.getMessage().startsWith("texts[1] has 84 chars, over the limit of 80"), e.getMessage());
    }
}
