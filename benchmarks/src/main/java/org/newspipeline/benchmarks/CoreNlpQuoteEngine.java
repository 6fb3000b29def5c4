package org.newspipeline.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own route to quotes with speakers: the annotators {@value #ANNOTATORS} with every other property at
 * its default (for English that is the statistical coreference system, the UD dependency parser, the 7-class NER
 * with fine-grained and numeric NER and SUTime, and quote attribution). All its models are in the standard
 * {@code stanford-corenlp} models jar.
 */
final class CoreNlpQuoteEngine implements BenchmarkedPipeline {

    /** CoreNLP's default quote pipeline. */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    CoreNlpQuoteEngine() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Object annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }

    @Override
    public int annotateAll(List<String> texts, int threads) {
        List<Annotation> annotations = texts.stream().map(Annotation::new).toList();
        pipeline.annotate(annotations, threads);
        return annotations.size();
    }
}
