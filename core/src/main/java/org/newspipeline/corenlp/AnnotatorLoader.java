package org.newspipeline.corenlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Builds a CoreNLP pipeline, split into tokenizer and taggers ({@link CoreNlpStages}), with its annotators loaded
 * at the same time, one thread per core, heaviest first: loading the POS tagger and the NER classifier one after
 * the other is most of a pipeline's build time.
 *
 * <p>Each annotator comes from the factory method {@link StanfordCoreNLP} itself calls for that name, with the
 * same properties, so the pipeline annotates exactly as {@code new StanfordCoreNLP(props)} would (the tests
 * compare the two). A property set
 * naming an annotator not listed here is loaded by {@code new StanfordCoreNLP(props)}, one annotator at a time.
 * Stateless and thread-safe.
 */
final class AnnotatorLoader {

    /** The annotators loaded in parallel, with their load cost relative to each other (for the start order). */
    private static final Map<String, Integer> COST = Map.of("ner", 3, "pos", 2, "tokenize", 1, "ssplit", 0,
            "lemma", 0);
    /** The annotators that make sentences and tokens; the others tag one sentence at a time. */
    private static final Set<String> TOKENIZERS = Set.of("tokenize", "ssplit");

    private AnnotatorLoader() {
    }

    /**
     * @return the tokenizer and the taggers; a property set naming an annotator not listed here gives the whole
     *         {@link StanfordCoreNLP} pipeline as the first step and no second one, since such an annotator may read
     *         the whole document
     */
    static CoreNlpStages load(Properties props) {
        List<String> listed = Arrays.stream(props.getProperty("annotators", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        if (listed.isEmpty() || !COST.keySet().containsAll(listed)) {
            return new CoreNlpStages(new StanfordCoreNLP(props), new AnnotationPipeline(), false);
        }
        // Since CoreNLP 4.5 the tokenizer splits sentences itself (with the ssplit.* properties), and
        // StanfordCoreNLP drops a separate ssplit when tokenize is there; so do we.
        List<String> names = listed.contains("tokenize")
                ? listed.stream().filter(name -> !name.equals("ssplit")).toList() : listed;
        AnnotatorImplementations factory = new AnnotatorImplementations();
        Map<String, Function<Properties, Annotator>> create = Map.of(
                "tokenize", factory::tokenizer,
                "ssplit", factory::wordToSentences,
                "pos", factory::posTagger,
                "lemma", p -> factory.morpha(p, false),
                "ner", factory::ner);
        int threads = Math.min(names.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "news-pipeline-model-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Annotator>> loading = new LinkedHashMap<>();
            names.stream().sorted(Comparator.comparing(COST::get).reversed())
                    .forEach(name -> loading.put(name, pool.submit(() -> create.get(name).apply(props))));
            List<Annotator> tokenizer = new ArrayList<>();
            List<Annotator> taggers = new ArrayList<>();
            for (String name : names) {
                (TOKENIZERS.contains(name) ? tokenizer : taggers).add(loaded(name, loading.get(name)));
            }
            return new CoreNlpStages(new AnnotationPipeline(tokenizer), new AnnotationPipeline(taggers), true);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Annotator loaded(String name, Future<Annotator> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the CoreNLP annotator " + name, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot load the CoreNLP annotator " + name + ": " + e.getCause(),
                    e.getCause());
        }
    }
}
