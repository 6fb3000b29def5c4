package org.newspipeline.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import java.util.Objects;

/**
 * A CoreNLP pipeline in two steps: the tokenizer (which also splits sentences), then the annotators that tag each
 * sentence (part of speech, lemma, named entities). When the taggers work sentence by sentence they can be run on a
 * few sentences at a time, so the caller can stop between two batches ({@link CoreNlpAnalyzer}).
 *
 * @param tokenizer     splits the text into sentences and tokens
 * @param taggers       the other annotators, in order
 * @param sentenceLocal whether every tagger reads one sentence at a time, so that running it on part of the
 *                      sentences gives those sentences exactly what a run on the whole text would
 */
record CoreNlpStages(AnnotationPipeline tokenizer, AnnotationPipeline taggers, boolean sentenceLocal) {

    CoreNlpStages {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(taggers, "taggers");
    }

    /** Runs both steps on the whole annotation, as one CoreNLP pipeline would. */
    void annotate(Annotation annotation) {
        tokenizer.annotate(annotation);
        taggers.annotate(annotation);
    }
}
