package org.newspipeline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConfigResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"reporting-verbs.txt", "titles.txt", "role-nouns.txt", "group-nouns.txt",
            "organization-nouns.txt", "stopwords.txt", "boilerplate-cues.txt", "pronouns.txt", "gendered-words.txt",
            "source-nouns.txt", "inverting-verbs.txt", "time-words.txt", "byline-prefixes.txt", "byline-roles.txt",
            "month-names.txt", "title-separators.txt", "name-particles.txt", "organization-marks.txt",
            "role-ranks.txt", "company-nouns.txt"})
    void everyListIsNonEmptyLowercaseAndFreeOfDuplicates(String name) {
        List<String> lines = ConfigResources.wordLines(name);
        assertFalse(lines.isEmpty(), name + " is empty");
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            assertEquals(line.strip(), line, "untrimmed entry in " + name);
            String word = line.split("\t")[0];
            assertEquals(word.toLowerCase(Locale.ROOT), word, "not lowercase in " + name + ": " + line);
            assertTrue(seen.add(line), "duplicate in " + name + ": " + line);
        }
    }

    @Test
    void pronounsMapToAgreementClasses() {
        assertEquals("MALE", ConfigResources.wordMap("pronouns.txt").get("he"));
        Map<String, Double> cues = ConfigResources.wordWeights("attribution-cues.tsv");
        assertTrue(cues.get("say") > 0.5 && cues.get("say") <= 1, "say is a cue: " + cues.get("say"));
        assertTrue(cues.values().stream().allMatch(w -> w > 0 && w <= 1));
        assertEquals("NEUTER", ConfigResources.wordMap("pronouns.txt").get("it"));
    }

    @Test
    void coreNlpPropertiesNameOnlyTheAnnotatorsTheStagesUse() {
        assertEquals("tokenize,ssplit,pos,lemma,ner",
                ConfigResources.properties(ConfigResources.CORENLP_ENGLISH).getProperty("annotators"));
    }

    @Test
    void missingResourceIsAnIllegalStateNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConfigResources.wordSet("no-such-list.txt"));
        assertTrue(e.getMessage().contains("no-such-list.txt"));
    }

    @Test
    void aGzippedModelIsReadDecompressedAndAMissingOneNamed() {
        String first = ConfigResources.readGzippedModel("word-clusters.tsv.gz",
                in -> new String(in.readNBytes(64), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(first.startsWith("#") || first.contains("\t"), first);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConfigResources.readGzippedModel("no-such-model.tsv.gz", in -> in.read()));
        assertTrue(e.getMessage().contains("no-such-model.tsv.gz"));
    }
}
