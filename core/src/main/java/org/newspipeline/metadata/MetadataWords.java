package org.newspipeline.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newspipeline.config.ConfigResources;

/**
 * The word lists metadata reading uses, from {@code models-config}.
 *
 * @param bylinePrefixes  words that open a byline before the names ("by", "von", "par")
 * @param roles           words that name a role or a credit beside a name ("staff writer", "foto")
 * @param months          month names and abbreviations in several languages, with the month's number
 * @param titleSeparators marks that join a title's parts ("|", "-")
 * @param nameParticles   lowercase words that may stand inside a person's name ("von", "de")
 * @param orgMarks        words that mark an organisation's name ("gmbh", "verlag", "redaktion")
 * @param dateLabels      words that label a publication date in a page's text ("published on", "veröffentlicht am")
 */
public record MetadataWords(Set<String> bylinePrefixes, Set<String> roles, Map<String, Integer> months,
                            List<String> titleSeparators, Set<String> nameParticles, Set<String> orgMarks,
                            List<String> dateLabels) {

    private static final class Default {
        private static final MetadataWords WORDS = load();
    }

    /** Copies the collections. */
    public MetadataWords {
        bylinePrefixes = Set.copyOf(bylinePrefixes);
        roles = Set.copyOf(roles);
        months = Map.copyOf(months);
        titleSeparators = List.copyOf(titleSeparators);
        nameParticles = Set.copyOf(nameParticles);
        orgMarks = Set.copyOf(orgMarks);
        dateLabels = List.copyOf(dateLabels);
    }

    /** @return the lists of {@code models-config}, loaded once per JVM */
    public static MetadataWords standard() {
        return Default.WORDS;
    }

    private static MetadataWords load() {
        Map<String, Integer> months = new HashMap<>();
        ConfigResources.wordMap("month-names.txt").forEach((k, v) -> months.put(k, Integer.valueOf(v)));
        return new MetadataWords(ConfigResources.wordSet("byline-prefixes.txt"),
                ConfigResources.wordSet("byline-roles.txt"), months,
                ConfigResources.wordLines("title-separators.txt"), ConfigResources.wordSet("name-particles.txt"),
                ConfigResources.wordSet("organization-marks.txt"), ConfigResources.wordLines("publication-labels.txt"));
    }
}
