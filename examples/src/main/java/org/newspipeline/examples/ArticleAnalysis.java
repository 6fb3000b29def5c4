package org.newspipeline.examples;

import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.quotes.Lexicon;
import org.newspipeline.quotes.QuoteInput;

/**
 * The stages of the pipeline before the quotes, for the training programs that read what the quote stage reads: the
 * text normalised, its body found, analysed by CoreNLP and its entities grouped. Not thread-safe.
 */
final class ArticleAnalysis {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final BoilerplateRemover boilerplate = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
            ConfigResources.wordSet("boilerplate-cues.txt"));
    private final CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(
            ConfigResources.properties(ConfigResources.CORENLP_ENGLISH));
    private final EntityGrouper grouper;

    /** @param lexicon the word lists whose gendered words the entity grouper reads */
    ArticleAnalysis(Lexicon lexicon) {
        this.grouper = new EntityGrouper(ConfigResources.wordSet("titles.txt"), lexicon.roleNouns(),
                lexicon.orgNouns(), ConfigResources.wordSet("company-name-endings.txt"),
                lexicon.genderedWords(), NameGenders.load());
    }

    /**
     * @param text an article's text
     * @return its analysed body and entities
     */
    QuoteInput analyse(String text) {
        Linguistics ling = analyzer.apply(boilerplate.apply(normalizer.apply(text)));
        return new QuoteInput(ling, grouper.apply(ling));
    }
}
