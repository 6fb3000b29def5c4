package org.newspipeline.quotes;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.pipeline.Gender;

/**
 * The word lists quote attribution reads, loaded once when a pipeline is built.
 *
 * @param reportingVerbs lemmas of verbs that introduce speech ("say", "tell", "add")
 * @param invertingVerbs the reporting verbs that news writes before their subject ({@code "...," said Smith})
 * @param roleNouns      nouns naming one person by role ("spokesman")
 * @param roleRanks      words before a role noun that make it another office ("prime" minister, "vice" president)
 * @param groupNouns     plural nouns naming a group ("officials")
 * @param orgNouns       head nouns of organisations ("department", "campaign")
 * @param companyNouns   the organisation nouns that news uses for an organisation named before without a word of
 *                       its name ("the airline" after "Norvik Air")
 * @param sourceNouns    head nouns of writings cited as sources ("report", "letter")
 * @param animateNouns   nouns that name living beings, as written, lowercase ("pharmacists", "voter"): a source
 *                       with such a head noun is a person or a group even when no list above has it
 * @param demonyms       words for the people of a place and their nationality, lowercase ("italian", "briton"):
 *                       "the Italian" after a name is that person again (see {@link Epithets})
 * @param epithetNouns   nouns that describe one person by age or stage of life, lowercase ("teenager",
 *                       "pensioner"): "the teenager" after a name is that person again (see {@link Epithets})
 * @param pronouns       personal pronouns and what they agree with
 * @param genderedWords  titles and role nouns that tell a gender ("mrs", "spokeswoman")
 * @param timeWords      days, months and times of day that may stand between a speaker and the verb
 * @param attributionCues lemmas of verbs that mark reported speech, with the share of their uses in annotated news
 *                       that were an attribution's cue (fitted by a training program)
 * @param phrasalCues    verb lemmas with a preposition ({@code "call for"}) whose content follows the preposition,
 *                       with the share of the pair's uses that were such a cue (fitted by the same program)
 * @param subjectCues    cues whose subject is part of the content and who have no source ({@code "seem"},
 *                       {@code "be expect"} for the passive), with the share of their uses as a cue that were so
 *                       (fitted by the same program; see {@link SubjectContent})
 * @param wordClusters   classes of words used alike, which the attribution tagger reads (fitted by a training
 *                       program)
 */
public record Lexicon(Set<String> reportingVerbs, Set<String> invertingVerbs, Set<String> roleNouns,
                      Set<String> roleRanks, Set<String> groupNouns, Set<String> orgNouns, Set<String> companyNouns,
                      Set<String> sourceNouns, Set<String> animateNouns, Set<String> demonyms,
                      Set<String> epithetNouns,
                      Map<String, Gender> pronouns,
                      Map<String, Gender> genderedWords, Set<String> timeWords,
                      Map<String, Double> attributionCues, Map<String, Double> phrasalCues,
                      Map<String, Double> subjectCues, WordClusters wordClusters) {

    /** Copies the sets. */
    public Lexicon {
        reportingVerbs = Set.copyOf(reportingVerbs);
        invertingVerbs = Set.copyOf(invertingVerbs);
        roleNouns = Set.copyOf(roleNouns);
        roleRanks = Set.copyOf(roleRanks);
        groupNouns = Set.copyOf(groupNouns);
        orgNouns = Set.copyOf(orgNouns);
        companyNouns = Set.copyOf(companyNouns);
        sourceNouns = Set.copyOf(sourceNouns);
        animateNouns = Set.copyOf(animateNouns);
        demonyms = Set.copyOf(demonyms);
        epithetNouns = Set.copyOf(epithetNouns);
        pronouns = Map.copyOf(pronouns);
        genderedWords = Map.copyOf(genderedWords);
        timeWords = Set.copyOf(timeWords);
        attributionCues = Map.copyOf(attributionCues);
        phrasalCues = Map.copyOf(phrasalCues);
        subjectCues = Map.copyOf(subjectCues);
        Objects.requireNonNull(wordClusters, "wordClusters");
    }

    /**
     * @param word  a noun as written, lowercase
     * @param lemma its lemma, lowercase
     * @return true if it can name who speaks: a group noun, or a role, organisation or source noun
     */
    public boolean isSpeakerNoun(String word, String lemma) {
        return groupNouns.contains(word) || roleNouns.contains(lemma) || orgNouns.contains(lemma)
                || sourceNouns.contains(lemma);
    }

    /**
     * The spelling under which the fitted cue lists keep a verb: they were fitted on American news, so a British
     * "-ise" or "-yse" verb that they know only as "-ize" or "-yze" is looked up so ("criticise" as "criticize",
     * "apologise" as "apologize"); any other lemma as it is.
     *
     * @param lemma a verb's lemma, lowercase
     * @return the lemma as the cue lists spell it
     */
    public String cueSpelling(String lemma) {
        if (lemma.length() < 5 || !(lemma.endsWith("ise") || lemma.endsWith("yse")) || knownCue(lemma)) {
            return lemma;
        }
        String american = lemma.substring(0, lemma.length() - 2) + "ze";
        return knownCue(american) ? american : lemma;
    }

    private boolean knownCue(String lemma) {
        return attributionCues.containsKey(lemma) || subjectCues.containsKey(lemma)
                || subjectCues.containsKey("be " + lemma);
    }

    /** The English word lists of {@code models-config}. */
    public static Lexicon english() {
        return new Lexicon(
                ConfigResources.wordSet("reporting-verbs.txt"),
                ConfigResources.wordSet("inverting-verbs.txt"),
                ConfigResources.wordSet("role-nouns.txt"),
                ConfigResources.wordSet("role-ranks.txt"),
                ConfigResources.wordSet("group-nouns.txt"),
                ConfigResources.wordSet("organization-nouns.txt"),
                ConfigResources.wordSet("company-nouns.txt"),
                ConfigResources.wordSet("source-nouns.txt"),
                AnimateNouns.load(),
                Demonyms.load(),
                ConfigResources.wordSet("epithet-nouns.txt"),
                genders(ConfigResources.wordMap("pronouns.txt")),
                genders(ConfigResources.wordMap("gendered-words.txt")),
                ConfigResources.wordSet("time-words.txt"),
                ConfigResources.wordWeights("attribution-cues.tsv"),
                ConfigResources.wordWeights("attribution-phrasal-cues.tsv"),
                ConfigResources.wordWeights("attribution-subject-cues.tsv"),
                WordClusters.english());
    }

    private static Map<String, Gender> genders(Map<String, String> words) {
        return words.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Gender.valueOf(e.getValue())));
    }
}
