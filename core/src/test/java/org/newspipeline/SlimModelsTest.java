package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.model.Article;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;
import org.newspipeline.models.english.EnglishModels;

/**
 * The default pipeline builds and annotates with news-pipeline-models-english as its only model files: CoreNLP's
 * full English models jar is not on this module's classpath (nor on a consumer's, which gets the same
 * dependencies).
 */
class SlimModelsTest {

    private static final ClassLoader LOADER = SlimModelsTest.class.getClassLoader();

    @Test
    void theFullEnglishModelsJarIsNotOnTheClasspath() throws IOException {
        // Files of the full jar that the pipeline never opens.
        for (String resource : List.of("StanfordCoreNLP.properties",
                "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz",
                "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
                "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger.props")) {
            assertNull(LOADER.getResource(resource), resource);
        }
        for (URL url : Collections.list(LOADER.getResources("META-INF/MANIFEST.MF"))) {
            try (InputStream in = url.openStream()) {
                String name = new Manifest(in).getMainAttributes().getValue("Automatic-Module-Name");
                assertFalse("edu.stanford.nlp.corenlp_english_models".equals(name), url.toString());
            }
        }
    }

    @Test
    void everyModelFileTheDefaultPipelineLoadsComesFromTheSlimModule() {
        Properties props = ConfigResources.properties(ConfigResources.CORENLP_ENGLISH);
        // the animacy lists and the demonyms: AnimateNouns and Demonyms read them by the module's own names
        List<String> files = List.of(props.getProperty("pos.model"), props.getProperty("ner.model"),
                NameGenders.RESOURCE, EnglishModels.ANIMATE_NOUNS, EnglishModels.INANIMATE_NOUNS,
                EnglishModels.DEMONYMS);
        assertEquals(EnglishModels.FILES, files);
        for (String file : files) {
            URL url = LOADER.getResource(file);
            assertNotNull(url, file);
            assertTrue(url.toString().contains("models-english"), url.toString());
        }
    }

    @Test
    void theDefaultPipelineBuildsAndAnnotatesOnTheSlimModels() {
        String text = """
                Council backs a new sea wall

                The regional council approved a new sea wall for Eastport on Tuesday.

                "The work will start in the spring," said Anna Kowalski, the council's chief engineer.

                "We cannot wait another winter," she said.
                """;
        Article article = NewsPipeline.annotate(text);

        assertFalse(article.sentences().isEmpty());
        assertTrue(article.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON
                && e.name().equals("Anna Kowalski")), article.entities().toString());
        assertTrue(article.entities().stream().map(Entity::type).anyMatch(EntityType.LOCATION::equals),
                article.entities().toString());
        assertEquals(2, article.quotes().size(), article.quotes().toString());
        for (Quote quote : article.quotes()) {
            assertEquals("Anna Kowalski", quote.speaker().map(Speaker::name).orElse(null), quote.toString());
        }
    }
}
