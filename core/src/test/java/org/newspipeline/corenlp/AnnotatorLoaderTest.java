package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;

/** The annotators loaded in parallel annotate exactly as CoreNLP's own pipeline built from the same properties. */
class AnnotatorLoaderTest {

    private static final String TEXT = """
            Senator Maria Lopez said on Tuesday that the plan was "dead on arrival."
            "We will not vote for it," she told reporters in Washington.
            The White House, which backs the bill, said talks would go on. Mr. Obama's aides declined to comment.""";

    @Test
    void parallelLoadedPipelineGivesTheSameSentencesAndTokensAsStanfordCoreNlp() {
        Properties props = ConfigResources.properties(ConfigResources.CORENLP_ENGLISH);
        List<String> ours = describe(CoreNlpModels.pipeline(props));
        Properties copy = new Properties();
        copy.putAll(props);
        List<String> theirs = describe(new StanfordCoreNLP(copy));
        assertFalse(theirs.isEmpty());
        assertEquals(theirs, ours);
    }

    /** Every token as "sentence:begin-end word/tag/lemma/ner", so any difference shows in the assertion. */
    private static List<String> describe(AnnotationPipeline pipeline) {
        Annotation annotation = new Annotation(TEXT);
        pipeline.annotate(annotation);
        List<String> lines = new ArrayList<>();
        int sentence = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                lines.add(sentence + ":" + t.beginPosition() + "-" + t.endPosition() + " " + t.word() + "/"
                        + t.tag() + "/" + t.lemma() + "/" + t.ner());
            }
            sentence++;
        }
        return lines;
    }
}
