package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.AttributionRule;

/** The hand-written rules alone, whose reports the attribution tagger reads as features. */
class ReportedSpeechFinderTest {

    private record Found(List<String> content, String source, AttributionRule rule) {
    }

    private static List<Found> found(String paragraph) {
        TestDocuments.Parsed p = TestDocuments.of(paragraph);
        DocumentView doc = p.view();
        return new ReportedSpeechFinder().find(doc).stream()
                .map(r -> new Found(r.content().stream().map(s -> s.of(p.text())).toList(),
                        r.source().map(s -> doc.span(s.first(), s.end()).of(p.text())).orElse(""), r.rule()))
                .toList();
    }

    @Test
    void aSourceDescribedByAnAdjectiveAndAPrepositionAfterAccordingTo() {
        List<Found> found = found("According to two sources familiar with the matter, the mill had a fault in the "
                + "same boiler in October.");
        assertTrue(found.contains(new Found(List.of("the mill had a fault in the same boiler in October"),
                "two sources familiar with the matter", AttributionRule.ACCORDING_TO)), found.toString());
    }

    @Test
    void aParticiplesPhraseAfterTheSourceOfAccordingToBelongsToIt() {
        List<Found> found = found("According to a consultants' report seen by the Harbour Gazette, the new quay could "
                + "cost as much as 90 million kroner.");
        assertTrue(found.contains(new Found(List.of("the new quay could cost as much as 90 million kroner"),
                "a consultants' report seen by the Harbour Gazette", AttributionRule.ACCORDING_TO)), found.toString());
    }

    @Test
    void theSourceOfAnOpeningAccordingToRunsToTheCommaOverItsModifiers() {
        List<Found> found = found("According to early results of a survey conducted for the Harbour Gazette and two "
                + "radio stations by a polling firm in Aalborg, most fishermen want the quay rebuilt.");
        assertTrue(found.contains(new Found(List.of("most fishermen want the quay rebuilt"), "early results of a "
                + "survey conducted for the Harbour Gazette and two radio stations by a polling firm in Aalborg",
                AttributionRule.ACCORDING_TO)), found.toString());
        // a finite verb before the comma: what follows the phrase is no longer its modifier
        assertTrue(found("According to the mayor the quay will cost 90 million kroner, a sum the council doubts.")
                .stream().noneMatch(f -> f.source().contains("quay")), "a clause is not a modifier");
    }

    @Test
    void aSentenceOpeningWithAsASourceAndItsCueReportsTheClauseAfterTheComma() {
        List<Found> found = found("As the Harbour Gazette revealed, the council has agreed to sell the old quay.");
        assertTrue(found.contains(new Found(List.of("the council has agreed to sell the old quay"),
                "the Harbour Gazette", AttributionRule.REPORTED_AFTER_CUE)), found.toString());
        List<Found> later = found("As the Harbour Gazette reported on Monday, the firm has hired 40 workers.");
        assertTrue(later.contains(new Found(List.of("the firm has hired 40 workers"), "the Harbour Gazette",
                AttributionRule.REPORTED_AFTER_CUE)), later.toString());
        // "as" in the middle of a sentence is the writer's: the clause before it is no one's report
        assertTrue(found("The talks broke down on Friday, as the unions claimed the offer was too low.").stream()
                .noneMatch(f -> f.content().get(0).startsWith("The talks")), "a writer's clause");
    }

    @Test
    void aSourceDescribedByAnAdjectiveBeforeItsCueReportsTheClauseBeforeAndNotTheWritersClauseAfter() {
        List<Found> found = found("Harlow Mutual is exploring a sale of its insurance arm, people familiar with the "
                + "matter said, as the lender tries to rebuild its capital.");
        assertTrue(found.contains(new Found(List.of("Harlow Mutual is exploring a sale of its insurance arm"),
                "people familiar with the matter", AttributionRule.REPORTED_BEFORE_CUE)), found.toString());
    }

    @Test
    void whatACourtHeardIsReportedAsTheCourts() {
        List<Found> found = found("The driver had been drinking before the crash, Marlow Crown Court heard.");
        assertEquals(List.of(new Found(List.of("The driver had been drinking before the crash"), "Marlow Crown Court",
                AttributionRule.REPORTED_BEFORE_CUE)), found);
        assertTrue(found("The inquest heard that the pilot had flown the route many times.").stream()
                .anyMatch(f -> f.source().equals("The inquest")), "an inquest");
        // anyone else who hears something reports nothing
        assertEquals(List.of(), found("Residents heard a loud bang shortly before the crash."));
    }

    @Test
    void aBritishSpellingOfACueIsTheCue() {
        TestDocuments.Parsed p = TestDocuments.of("The regulator criticised the bank. The bank apologised for the "
                + "delay, but it will organise no inquiry.");
        DocumentView doc = p.view();
        assertTrue(ReportedSpeechFinder.isCue(doc, doc.firstTokenAtOrAfter(p.text().indexOf("criticised"))));
        assertTrue(ReportedSpeechFinder.isCue(doc, doc.firstTokenAtOrAfter(p.text().indexOf("apologised"))));
        assertFalse(ReportedSpeechFinder.isCue(doc, doc.firstTokenAtOrAfter(p.text().indexOf("organise"))));
        assertEquals("criticize", doc.lexicon().cueSpelling("criticise"));
        // a verb whose "-ize" form is no cue either keeps its spelling
        assertEquals("promise", doc.lexicon().cueSpelling("promise"));
        assertEquals("organise", doc.lexicon().cueSpelling("organise"));
    }

    @Test
    void aClauseAfterWhilstIsTheWritersAsAfterWhile() {
        for (String joiner : List.of("while", "whilst")) {
            List<Found> found = found("Harlow Mutual is exploring a sale of its insurance arm, people familiar with "
                    + "the matter said, " + joiner + " the lender tries to rebuild its capital.");
            assertTrue(found.contains(new Found(List.of("Harlow Mutual is exploring a sale of its insurance arm"),
                    "people familiar with the matter", AttributionRule.REPORTED_BEFORE_CUE)), found.toString());
        }
    }

    @Test
    void aSecondCueOfTheSameSourceReportsToo() {
        List<Found> found = found("Nine sailings were cancelled, according to the ferry operator, which said the "
                + "harbour would reopen on Wednesday.");
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.rule() == AttributionRule.ACCORDING_TO
                && f.content().equals(List.of("Nine sailings were cancelled"))), found.toString());
    }

    @Test
    void whoTellsOfAReportHoldsItWholeBesideIt() {
        List<Found> found = found("The harbour master said the quay would reopen in May, according to the Tidewater "
                + "Courier.");
        assertTrue(found.contains(new Found(List.of("the quay would reopen in May"), "The harbour master",
                AttributionRule.REPORTED_AFTER_CUE)), found.toString());
        assertTrue(found.contains(new Found(List.of("The harbour master said the quay would reopen in May"),
                "the Tidewater Courier", AttributionRule.ACCORDING_TO)), found.toString());
    }
}
