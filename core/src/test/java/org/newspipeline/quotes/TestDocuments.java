package org.newspipeline.quotes;

import java.util.Collections;
import java.util.List;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;

/** Hand-written paragraphs analysed as the pipeline does, for the tests of the attribution stages. */
final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * A document and the normalised text its offsets point into.
     *
     * @param view the document as the attribution stages read it
     * @param text its normalised text
     */
    record Parsed(DocumentView view, String text) {

        /** The whole document as one sequence of the attribution tagger, without features. */
        TaggerSequence sequence() {
            int tokens = view.tokenCount();
            return new TaggerSequence(0, tokens, Collections.nCopies(tokens, new String[0]));
        }
    }

    static Parsed of(String paragraph) {
        Lexicon lexicon = Lexicon.english();
        var body = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
                ConfigResources.wordSet("boilerplate-cues.txt")).apply(new TextNormalizer().apply(paragraph));
        Linguistics ling = new CoreNlpAnalyzer(ConfigResources.properties(ConfigResources.CORENLP_ENGLISH))
                .apply(body);
        EntityGrouper grouper = new EntityGrouper(ConfigResources.wordSet("titles.txt"), lexicon.roleNouns(),
                lexicon.orgNouns(), ConfigResources.wordSet("company-name-endings.txt"),
                lexicon.genderedWords(), NameGenders.load());
        String text = ling.body().text().normalized();
        List<QuoteSegment> segments = new QuoteFinder().find(text, ling.body().paragraphs());
        return new Parsed(new DocumentView(ling, grouper.apply(ling), lexicon, segments), text);
    }
}
