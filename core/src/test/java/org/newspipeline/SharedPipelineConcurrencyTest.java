package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;

/**
 * One pipeline shared by 8 threads over 200 articles (the hand-written ones, random ones and mutations of both)
 * gives exactly the articles a sequential run gives, with no exception.
 */
class SharedPipelineConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ARTICLES = 200;

    @Test
    void eightThreadsOnOnePipelineGiveTheSequentialArticles() throws Exception {
        ArticlePipeline pipeline = NewsPipeline.defaultPipeline();
        List<String> inputs = articles();
        List<Article> sequential = inputs.stream().map(pipeline::annotate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Article>> futures = new ArrayList<>();
            for (String input : inputs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return pipeline.annotate(input);
                }));
            }
            start.countDown();
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), "article " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> articles() {
        Random random = new Random(3_000_000L);
        List<String> out = new ArrayList<>(GeneratedArticles.HAND_WRITTEN);
        while (out.size() < ARTICLES) {
            String base = random.nextBoolean()
                    ? GeneratedArticles.HAND_WRITTEN.get(random.nextInt(GeneratedArticles.HAND_WRITTEN.size()))
                    : GeneratedArticles.random(random);
            out.add(random.nextInt(4) == 0 ? base : GeneratedArticles.mutate(base, random));
        }
        return out;
    }
}
