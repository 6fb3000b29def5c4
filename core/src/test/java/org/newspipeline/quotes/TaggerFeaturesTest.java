package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.boilerplate.BoilerplateRemover;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.corenlp.CoreNlpAnalyzer;
import org.newspipeline.entities.EntityGrouper;
import org.newspipeline.entities.NameGenders;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;

/** The features the attribution tagger reads, on a hand-written paragraph. */
class TaggerFeaturesTest {

    private static List<String[]> features(String text) {
        return features(text, Lexicon.english());
    }

    private static List<String[]> features(String text, Lexicon lexicon) {
        var body = new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
                ConfigResources.wordSet("boilerplate-cues.txt")).apply(new TextNormalizer().apply(text));
        Linguistics ling = new CoreNlpAnalyzer(ConfigResources.properties(ConfigResources.CORENLP_ENGLISH)).apply(body);
        EntityGrouper grouper = new EntityGrouper(ConfigResources.wordSet("titles.txt"), lexicon.roleNouns(),
                lexicon.orgNouns(), ConfigResources.wordSet("company-name-endings.txt"),
                lexicon.genderedWords(), NameGenders.load());
        List<TaggerSequence> sequences = new QuoteAttributor(lexicon, Optional.empty())
                .taggerSequences(new QuoteInput(ling, grouper.apply(ling)));
        return sequences.stream().flatMap(s -> s.features().stream()).toList();
    }

    private static List<String> of(List<String[]> features, String word) {
        return features.stream().filter(f -> Arrays.asList(f).contains("w=" + word)).findFirst()
                .map(Arrays::asList).orElseThrow(() -> new AssertionError("no token " + word));
    }

    @Test
    void tokensAfterAClauseOpenerSinceTheCueAreMarked() {
        List<String[]> f = features("The harbour master said the pier was safe, and the ferries kept running all week.");
        assertTrue(of(f, "pier").contains("lcclause=false"), of(f, "pier").toString());
        assertTrue(of(f, "ferries").contains("lcclause=true"), of(f, "ferries").toString());
        assertTrue(of(f, "and").stream().anyMatch(x -> x.startsWith("fw=and|lc=")), of(f, "and").toString());
        assertTrue(of(f, "pier").contains("w-1w=the|pier"));
        assertFalse(of(f, "harbour").stream().anyMatch(x -> x.startsWith("lcclause=")));
    }

    @Test
    void aCommaKnowsWhetherAClauseWithAVerbFollows() {
        List<String[]> f = features("The mayor said the bridge would open in May, which pleased the traders, "
                + "and the ferry, an old boat, would stop.");
        List<String> beforeWhich = f.stream().map(Arrays::asList)
                .filter(x -> x.contains("w=,") && x.contains("w+1=which")).findFirst().orElseThrow();
        assertTrue(beforeWhich.contains("cl+=,|Vm"), beforeWhich.toString());
        assertTrue(beforeWhich.contains("cl+=,|Vm|lc=true|cl-=Vl"), beforeWhich.toString());
        List<String> beforeBoat = f.stream().map(Arrays::asList)
                .filter(x -> x.contains("w=,") && x.contains("w+1=an")).findFirst().orElseThrow();
        assertTrue(beforeBoat.contains("cl+=,|Nm"), beforeBoat.toString());
        assertTrue(beforeBoat.contains("cl+=,|Nm|lc=true|cl-=Nm"), beforeBoat.toString());
        assertFalse(of(f, "bridge").stream().anyMatch(x -> x.startsWith("cl+=")));
    }

    @Test
    void wordsAndTheirNeighboursCarryTheirClasses() {
        Lexicon english = Lexicon.english();
        Lexicon lexicon = new Lexicon(english.reportingVerbs(), english.invertingVerbs(), english.roleNouns(),
                english.roleRanks(), english.groupNouns(), english.orgNouns(), english.companyNouns(),
                english.sourceNouns(), english.animateNouns(), english.demonyms(), english.epithetNouns(),
                english.pronouns(),
                english.genderedWords(), english.timeWords(), english.attributionCues(), english.phrasalCues(),
                english.subjectCues(),
                new WordClusters(Map.of("pier", 5, "ferries", 2), new int[] {0, 0, 1, 0, 0, 1}));
        List<String[]> f = features("The harbour master said the pier was safe and the ferries ran.", lexicon);
        assertTrue(of(f, "pier").containsAll(List.of("c=5", "cc=1", "c=5|p=NN")), of(f, "pier").toString());
        assertTrue(of(f, "was").contains("cc-1=1"), of(f, "was").toString());
        List<String> beforeFerries = f.stream().map(Arrays::asList).filter(x -> x.contains("w+1=ferries"))
                .findFirst().orElseThrow();
        assertTrue(beforeFerries.contains("cc+1=1"), beforeFerries.toString());
        assertTrue(of(f, "master").contains("c=" + WordClusters.UNKNOWN), of(f, "master").toString());
    }
}
