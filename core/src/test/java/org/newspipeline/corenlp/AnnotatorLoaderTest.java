package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Annotation ours = new Annotation(TEXT);
        CoreNlpModels.pipeline(props).annotate(ours);
        List<String> theirs = describe(stanfordCoreNlp(TEXT));
        assertFalse(theirs.isEmpty());
        assertEquals(theirs, describe(ours));
    }

    /** The text annotated by {@code new StanfordCoreNLP(props)} with the default English properties. */
    static Annotation stanfordCoreNlp(String text) {
        Properties copy = new Properties();
        copy.putAll(ConfigResources.properties(ConfigResources.CORENLP_ENGLISH));
        Annotation annotation = new Annotation(text);
        new StanfordCoreNLP(copy).annotate(annotation);
        return annotation;
    }

    /** Every token as "sentence:begin-end tag/lemma/ner", so any difference shows in the assertion. */
    static List<String> describe(Annotation annotation) {
        List<String> lines = new ArrayList<>();
        int sentence = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                lines.add(sentence + ":" + t.beginPosition() + "-" + t.endPosition() + " " + t.tag() + "/"
                        + t.lemma().toLowerCase(Locale.ROOT) + "/" + t.ner());
            }
            sentence++;
        }
        return lines;
    }
}
