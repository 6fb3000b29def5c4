package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;

/** Attributions of reported and quoted speech on small hand-written news paragraphs, through the whole pipeline. */
class ReportedSpeechTest {

    private static Article annotate(String... paragraphs) {
        return NewsPipeline.annotate(String.join("\n", paragraphs));
    }

    /** The attribution whose content starts with the given words. */
    private static Attribution attribution(Article article, String contentStart) {
        return article.attributions().stream().filter(a -> a.text().startsWith(contentStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution \"" + contentStart + "...\" in "
                        + article.attributions().stream().map(Attribution::text).toList()));
    }

    /** The attribution whose content holds the given words. */
    private static Attribution containing(Article article, String words) {
        return article.attributions().stream().filter(a -> a.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with \"" + words + "\" in "
                        + article.attributions().stream().map(Attribution::text).toList()));
    }

    private static List<String> content(Attribution a) {
        return a.content().stream().map(Passage::text).toList();
    }

    private static String speaker(Attribution a) {
        return a.speaker().map(Speaker::name).orElse("(none)");
    }

    @Test
    void theNounAfterToldIsItsHearerNotAnInvertedSpeaker() {
        Article a = annotate("A gas main burst under the high street on Tuesday.",
                "\"The windows shook,\" one shopkeeper, who has traded there for thirty years, told the Courier.");
        Attribution said = containing(a, "The windows shook,");
        assertEquals(List.of("The windows shook,"), content(said));
        assertEquals("one shopkeeper", said.source().orElseThrow().text());
    }

    @Test
    void theMainClauseBeforeAParticipleCueIsWhatItsSubjectDid() {
        Article a = annotate("Ferries halted",
                "The island's ferry operator cancelled every crossing on Sunday, blaming a fault in its engines.");
        Attribution blaming = containing(a, "a fault in its engines");
        assertEquals(List.of("a fault in its engines"), content(blaming));
        assertEquals("island's ferry operator", blaming.source().orElseThrow().text());
    }

    @Test
    void theCompanyIsTheOneCompanyNamedNotAUniversity() {
        Article a = annotate("Scientists at Brenholt University tested the new vaccine on 400 volunteers.",
                "Its maker, Grenvik Biologics, said it would seek approval next year.",
                "The company declined to say what the vaccine would cost.");
        Attribution declined = containing(a, "what the vaccine would cost");
        assertEquals("Grenvik Biologics", speaker(declined));
    }

    @Test
    void aClauseOnTheSourceWithWhoseIsNoPartOfItsName() {
        Article a = annotate("Flood clean-up begins",
                "One farmer whose fields were flooded told the Courier he had lost his whole harvest.");
        Attribution told = containing(a, "he had lost his whole harvest");
        assertEquals("One farmer", speaker(told));
    }

    @Test
    void aSubjectSetOffByAnAdverbIsTheSourceNotTheContent() {
        Article a = annotate("Bridge plan approved",
                "The council approved the new bridge on Monday.",
                "Critics, however, questioned the cost of the project.");
        Attribution questioned = containing(a, "the cost of the project");
        assertEquals(List.of("the cost of the project"), content(questioned));
        assertEquals("Critics", speaker(questioned));
    }

    @Test
    void aQuoteBeforeARelativeClauseOnItsSourceIsTheMainVerbsReport() {
        Article a = annotate("A gas main burst under the high street on Tuesday.",
                "\"The windows shook,\" a shopkeeper, who asked not to be named, said.");
        Attribution said = containing(a, "The windows shook,");
        assertEquals(List.of("The windows shook,"), content(said));
        assertEquals("said", said.cue().orElseThrow().of(a.text()));
    }

    @Test
    void aRoleOwnedByAPossessivePronounIsNamedAfterWhatThePronounStandsFor() {
        Article a = annotate("The Tarnby Port Authority approved the new quay on Monday. Its chairman said the quay would"
                        + " open in May.",
                "Mayor Ingrid Sol backed the plan. Her spokesman said the town would widen the road.");
        assertEquals("Tarnby Port Authority's chairman", speaker(attribution(a, "the quay would open")));
        assertEquals("Ingrid Sol's spokesman", speaker(attribution(a, "the town would widen")));
    }

    @Test
    void aTimeIsNeverTheSourceOfAReport() {
        Article a = annotate("Boat maker expands",
                "OSLO, May 2, 2025 -- Fjordline Marine, a maker of electric ferry systems, today announced that it"
                        + " would open its Nordic headquarters in Bergen, creating 120 jobs over the next two years.");
        Attribution announced = containing(a, "its Nordic headquarters");
        assertEquals("Fjordline Marine", announced.source().orElseThrow().text());
    }

    @Test
    void theFirstWordOfAnOrganisationsNameAloneIsThatOrganisation() {
        Article a = annotate("Robot maker hires",
                "Acme Robotics, a maker of warehouse robots, opened an office in Dublin on Monday.",
                "Acme expects to hire its first 80 engineers by the end of the year.");
        assertEquals("Acme Robotics", speaker(attribution(a, "to hire its first 80 engineers")));
    }

    @Test
    void aPremierIsAPerson() {
        Article a = annotate("The Premier said the state would build two new hospitals by 2030.");
        Speaker premier = attribution(a, "the state would build").speaker().orElseThrow();
        assertEquals(SpeakerType.PERSON, premier.type());
    }

    @Test
    void whoAfterAPrepositionStandsForThePersonItFollows() {
        Article a = annotate("The vote was a setback for Mayor Lena Dahl, who said the city would appeal.");
        assertEquals("Lena Dahl", speaker(attribution(a, "the city would appeal")));
    }

    @Test
    void theSourceOfAVerbAfterAClosedRelativeClauseIsThePhraseTheClauseIsAbout() {
        Article a = annotate("A chip plant is planned near the town.",
                "The town's mayor, who backs the project, wrote on X that it would bring 3,000 jobs.");
        Attribution report = containing(a, "it would bring 3,000 jobs");
        assertEquals("the town's mayor", speaker(report));
        assertEquals("town's mayor", report.source().orElseThrow().text());
    }

    @Test
    void whoSetOffByADashStandsForTheNameBeforeIt() {
        Article a = annotate("The budget passed by one vote.",
                "Council member Ivo Lind - who said in March that the cuts would close two libraries - voted for it.");
        Attribution report = containing(a, "the cuts would close");
        assertEquals("Ivo Lind", speaker(report));
        assertEquals(List.of("that the cuts would close two libraries"), content(report));
    }

    @Test
    void aQuoteInsideAReportBelongsToItsCueAndAParticipleAfterItOpensAnotherAttribution() {
        Article a = annotate("The depot will close in June.",
                "Ms Aune said the decision was \u201ca sad day for the valley\u201d, adding: "
                        + "\u201cWe will appeal.\u201d");
        Attribution report = containing(a, "the decision was");
        assertEquals("said", a.textOf(report.cue().orElseThrow()));
        assertEquals(AttributionKind.MIXED, report.kind());
        assertFalse(report.text().contains("appeal"), report.text());
        Attribution added = containing(a, "We will appeal");
        assertNotEquals(report, added);
        assertEquals(AttributionKind.DIRECT, added.kind());
    }

    @Test
    void theTurnsOfAnInterviewPrintedAsATranscriptAreAttributedToTheirLabels() {
        Article a = annotate("Ferry chief sets out her plans",
                "The new head of Nordlys Lines, Signe Moberg, spoke to our reporter Jonas Lie on Monday.",
                "Lie: What comes first?",
                "Moberg: The timetable. Our boats leave too early for people who work late in town.",
                "Lie: Will fares rise?",
                "Moberg: Not this year. We will look at them again in the spring.");
        Attribution turn = containing(a, "Not this year");
        assertEquals("Signe Moberg", speaker(turn));
        assertEquals(AttributionKind.DIRECT, turn.kind());
        assertEquals(AttributionRule.TRANSCRIPT_LABEL, turn.rule());
        assertEquals(List.of("Not this year. We will look at them again in the spring."), content(turn));
        assertEquals(4, a.attributions().stream().filter(x -> x.rule() == AttributionRule.TRANSCRIPT_LABEL).count());
    }

    @Test
    void theAnswersOfAQuestionAndAnswerInterviewAreTheIntervieweesAndItsHeadlineIsNoTurn() {
        Article a = annotate("Q&A: The ferry chief who wants later boats",
                "Signe Moberg took over Nordlys Lines in March. We asked Signe Moberg about her first year.",
                "Q: What comes first?",
                "A: The timetable. Our boats leave too early for people who work late in town.",
                "Q: Will fares rise?",
                "A: Not this year. We will look at them again in the spring.");
        assertEquals("Signe Moberg", speaker(containing(a, "Not this year")));
        assertEquals("Signe Moberg", speaker(containing(a, "The timetable")));
        assertEquals("(none)", speaker(containing(a, "Will fares rise")));
        assertEquals(4, a.attributions().stream().filter(x -> x.rule() == AttributionRule.TRANSCRIPT_LABEL).count(),
                a.attributions().toString());
    }

    @Test
    void oneLabelledLineIsNoTranscript() {
        Article a = annotate("Moberg: Timetable comes first",
                "The new head of Nordlys Lines, Signe Moberg, said the timetable would change in May.",
                "Fares: unchanged until the spring.",
                "Fares: to be reviewed in April.");
        assertTrue(a.attributions().stream().noneMatch(x -> x.rule() == AttributionRule.TRANSCRIPT_LABEL),
                a.attributions().toString());
    }

    @Test
    void anAppositionAfterAccordingToDescribesTheSourceAndIsNoContent() {
        Article a = annotate("The steel plant has lost money for years.",
                "According to Rita Vance, an analyst at Corbel Bank, the plant could close within a year.",
                "According to the police, the driver, a local man, fled the scene on foot.");
        Attribution analyst = containing(a, "the plant could close");
        assertEquals(List.of("the plant could close within a year"), content(analyst));
        assertEquals("Rita Vance", speaker(analyst));
        assertEquals(List.of("the driver, a local man, fled the scene on foot"), content(containing(a, "fled")));
    }

    @Test
    void anOrganisationNamedAfterARoleItHoldsIsTheSpeaker() {
        Article a = annotate("The ferry line will stop in June.",
                "The harbour's owner, Elsby Maritime, said it would appeal the decision.");
        Attribution report = containing(a, "it would appeal");
        assertEquals("Elsby Maritime", speaker(report));
        assertEquals(SpeakerType.ORGANIZATION, report.speaker().orElseThrow().type());
    }

    @Test
    void anOrganisationNamedAloneAfterAnyThingItIsIsTheSpeaker() {
        Article a = annotate("The band has called off its autumn shows.",
                "Their record label, Northstar Music, confirmed that tickets would be refunded.");
        Attribution report = containing(a, "tickets would be refunded");
        assertEquals("Northstar Music", speaker(report));
        assertEquals(SpeakerType.ORGANIZATION, report.speaker().orElseThrow().type());
    }

    @Test
    void aHyphenatedWordBeforeASpeakerNounStaysWholeInItsName() {
        Article a = annotate("The bus company was sold in May.",
                "The mayor's plan drew praise from some far-left activists who have long argued that the city "
                        + "should own the buses.");
        assertEquals("some far-left activists", speaker(containing(a, "the city should own")));
    }

    @Test
    void aSourceWithAnAdjectiveAndItsComplementIsHeadedByItsNoun() {
        Article a = annotate("The mill will close in May.",
                "According to two sources familiar with the matter, the mill had a fault in the same boiler in "
                        + "October.");
        Attribution fault = attribution(a, "the mill had a fault");
        assertEquals("two sources familiar with the matter", speaker(fault));
        assertEquals(SpeakerType.GROUP, fault.speaker().orElseThrow().type());
    }

    @Test
    void clauseAfterTheCueIsIndirectSpeech() {
        Article a = annotate("The harbour of Nordby was closed for a week after the storm.",
                "Mayor Lena Dahl said the harbour would reopen on Monday.");
        Attribution att = attribution(a, "the harbour would reopen");
        assertEquals(List.of("the harbour would reopen on Monday"), content(att));
        assertEquals(AttributionKind.INDIRECT, att.kind());
        assertEquals("Lena Dahl", speaker(att));
        assertEquals("said", a.textOf(att.cue().orElseThrow()));
        assertEquals(AttributionRule.REPORTED_AFTER_CUE, att.rule());
        assertTrue(att.source().orElseThrow().text().contains("Lena Dahl"));
    }

    @Test
    void hearerIsNotPartOfTheContent() {
        Article a = annotate("The ferry company has ordered two new boats from a yard in Poland.",
                "Its chief executive, Tomas Berg, told reporters that the boats would arrive in spring.");
        Attribution att = attribution(a, "that the boats");
        assertEquals(List.of("that the boats would arrive in spring"), content(att));
        assertEquals("Tomas Berg", speaker(att));
    }

    @Test
    void aPersonNamedAfterSomeonesRoleIsTheSpeakerNotTheOneWhoseRoleItIs() {
        Article a = annotate("Former harbour master Nils Aune was fined on Monday for selling berths to friends.",
                "Aune's lawyer, Marta Vik, said her client would appeal the fine.",
                "The Nordby Rowing Club's coach, Eli Sand, said the berths should never have been sold.");
        assertEquals("Marta Vik", speaker(attribution(a, "her client would appeal")));
        assertEquals("Eli Sand", speaker(attribution(a, "the berths should never")));
    }

    @Test
    void anOrganisationNamedAfterADescriptionOfItIsTheSpeaker() {
        Article a = annotate("The island's only bus route will close in June.",
                "The operator, Vestholm Transit, said the route had lost money for six years.");
        assertEquals("Vestholm Transit", speaker(attribution(a, "the route had lost money")));
    }

    @Test
    void aRankBeforeARoleMakesItAnotherOffice() {
        Article a = annotate("The fisheries minister, Ola Strand, stepped down on Tuesday after the quota row.",
                "The prime minister said the quotas would be reviewed.",
                "The minister said he had no regrets.");
        assertEquals("the prime minister", speaker(attribution(a, "the quotas would be reviewed")));
        assertEquals("Ola Strand", speaker(attribution(a, "he had no regrets")));
    }

    @Test
    void aTitleThatOpensANameIsTheRoleOfThatPerson() {
        Article a = annotate("President Ana Ruiz opened the new bridge over the Tamer on Monday.",
                "The president said that tolls would end in 2030.");
        assertEquals("Ana Ruiz", speaker(attribution(a, "that tolls would end")));
    }

    @Test
    void aFormerHolderIsNotTheHolderOfTheOffice() {
        Article a = annotate("President Ana Ruiz opened the bridge on Monday with Former President Tomas Vik.",
                "The former president said that the bridge had been his idea.",
                "The president said that tolls would end in 2030.");
        assertEquals("Tomas Vik", speaker(attribution(a, "that the bridge had been his idea")));
        assertEquals("Ana Ruiz", speaker(attribution(a, "that tolls would end")));
    }

    @Test
    void aNationalityOrAPlaceBeforeARoleNarrowsIt() {
        Article a = annotate("Fisheries Minister Karin Lund met Norwegian Minister Ola Berg in Skagen on Monday.",
                "The Norwegian minister said that his country would keep its quotas.");
        assertEquals("Ola Berg", speaker(attribution(a, "that his country would keep")));
        Article other = annotate("Tom Berg, the former Ostland governor, opened the fair on Monday.",
                "The Westland governor said that the fair would move to Kell next year.");
        assertNotEquals("Tom Berg", speaker(attribution(other, "that the fair would move")));
    }

    @Test
    void aRoleThatEndsTheLineBeforeIsNotTheTitleOfTheNameThatOpensTheNext() {
        Article a = annotate("What the county needs now is a strong governor",
                "Anna Berg said on Monday that she would not run.",
                "The governor said that the election would be held in May.");
        assertNotEquals("Anna Berg", speaker(attribution(a, "that the election would be held")));
    }

    @Test
    void whatANamedPossessorOwnsSpeaksUnlessItIsAWriting() {
        Article a = annotate("Ann Lee lost her case against the harbour board on Monday.",
                "Ann Lee's lawyers said she would appeal the ruling.",
                "Sweden's environment court said the permit was valid.",
                "Halvex's statement said the plant would stay open.");
        assertEquals("Ann Lee's lawyers", speaker(attribution(a, "she would appeal")));
        assertNotEquals("Sweden", speaker(attribution(a, "the permit was valid")));
        assertEquals("Halvex", speaker(attribution(a, "the plant would stay open")));
    }

    @Test
    void aSourceBeforeAClauseSetOffByCommasIsTheSource() {
        Article a = annotate("A ferry contract was awarded without a tender, auditors found last week.",
                "The harbour committee, which met behind closed doors on Monday, said the contract should be "
                        + "cancelled.",
                "The auditors' report, published in May, found that the terms had changed twice.");
        assertEquals("the harbour committee", speaker(attribution(a, "the contract should be cancelled")));
        assertTrue(speaker(attribution(a, "that the terms had changed")).contains("report"));
    }

    @Test
    void aWritingBySomeoneHoldsItsAuthorInTheSourcePhrase() {
        Article a = annotate("Sea walls protecting 20,000 homes on the coast are not fit for purpose, a report by "
                + "the Coastal Audit Office has found.");
        Attribution report = attribution(a, "Sea walls protecting");
        assertEquals("report by the Coastal Audit Office", report.source().orElseThrow().text());
        assertEquals("Coastal Audit Office", speaker(report));
    }

    @Test
    void aVerbAfterAndOrButSharesTheSubjectOfTheSentencesFirstVerb() {
        Article a = annotate("The harbour board met the fishermen on Monday and later said that the quay would be "
                + "rebuilt.",
                "The central bank held its rate at 4 percent but signalled that it could cut later this year.");
        assertEquals("the harbour board", speaker(attribution(a, "that the quay would be rebuilt")));
        assertEquals("the central bank", speaker(attribution(a, "that it could cut")));
    }

    @Test
    void aParticipleAfterTheMainClauseReportsForItsSubject() {
        Article a = annotate("The ferry company has cancelled twelve crossings this week, blaming a shortage of trained "
                + "crew.",
                "Residents packed the town hall on Monday, demanding that the council reopen the library.");
        assertEquals("the ferry company", speaker(attribution(a, "a shortage of trained crew")));
        assertEquals("residents", speaker(attribution(a, "that the council reopen")).toLowerCase(Locale.ROOT));
    }

    @Test
    void theUnitIsTheOrganisationNamedAsAUnitBefore() {
        Article a = annotate("Players suspended",
                "The Rugby Integrity Unit suspended two players on Monday for breaking betting rules.",
                "The unit said it had acted on evidence from bookmakers.");
        assertEquals("Rugby Integrity Unit", speaker(attribution(a, "it had acted on evidence")));
    }

    @Test
    void aFamilyNamedAfterAPrepositionAndAnArticleIsNotWhoSpeaks() {
        Article a = annotate("House sold",
                "A longtime friend of the Kennedys said the house was sold in the spring.");
        assertEquals("a longtime friend of the Kennedys", speaker(attribution(a, "the house was sold")));
    }

    @Test
    void itAfterAWritingThatSpokeIsThatWriting() {
        Article a = annotate("The harbour board's annual report, published on Monday, found that traffic had fallen.",
                "It said the quay would need repairs within five years.");
        assertTrue(speaker(attribution(a, "the quay would need repairs")).contains("report"),
                speaker(attribution(a, "the quay would need repairs")));
    }

    @Test
    void aDatelineIsNoPartOfTheSourceAfterIt() {
        Article a = annotate("Village school review",
                "LYNTON \u2014 Parents in the hill village of Ardmore say they will fight any plan to close the "
                        + "school.");
        Attribution att = attribution(a, "they will fight any plan");
        assertEquals("Parents in the hill village of Ardmore", att.source().orElseThrow().text());
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type());
    }

    @Test
    void aDatelineIsNoPartOfTheContentAfterIt() {
        Article a = annotate("Storms close roads",
                "KELSO: Heavy rain has closed more than 30 roads across the Borders and left villages cut off, police "
                        + "said on Friday.");
        // the town before the colon is the dateline, neither the source nor a piece of the content
        assertEquals("police", attribution(a, "Heavy rain has closed").source().orElseThrow().text());
    }

    @Test
    void aSurnameTheEntityTaggerMissedIsTheSubjectThatReports() {
        Article a = annotate("Ministers split over runway",
                "Transport Secretary Karl Olsen and Environment Secretary Helen Price have clashed over a third "
                        + "runway.",
                "Olsen told MPs the runway was essential for growth. Price, speaking at a climate conference in Oslo, "
                        + "said it would wreck the country's emissions targets.");
        assertEquals("Helen Price", speaker(attribution(a, "it would wreck")));
    }

    @Test
    void statesThatSpeakTogetherAreAGroup() {
        Article a = annotate("Talks on the fishing treaty ran through the night.",
                "Several coastal states warned that any delay would empty the fishing grounds.");
        Attribution att = attribution(a, "that any delay would empty");
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type());
    }

    @Test
    void menAndWomenWhoSpeakTogetherAreAGroup() {
        Article a = annotate("Two fishermen were rescued off the coast on Sunday after their boat sank.",
                "Both men said they had clung to a buoy for three hours.");
        Attribution att = attribution(a, "they had clung to a buoy");
        assertEquals("both men", speaker(att));
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type());
    }

    @Test
    void clauseBeforeTheCueWithTheSubjectAfterTheVerb() {
        Article a = annotate("Rents in the old town rose again this year.",
                "The city needs more flats for families, said Sara Holm, who leads the tenants' union.");
        Attribution att = attribution(a, "The city needs");
        assertEquals(List.of("The city needs more flats for families"), content(att));
        assertEquals("Sara Holm", speaker(att));
        assertEquals(AttributionRule.REPORTED_BEFORE_CUE, att.rule());
    }

    @Test
    void aScareQuoteInTheWordsAroundTheCueIsNoPieceOfTheQuotation() {
        Article a = annotate("The mayor spoke about the harbour on Sunday.",
                "\u201cEverything is on the table,\u201d Dahl told the Gazette on Wednesday after hinting that "
                        + "\u201cbudget cuts\u201d could come. \u201cEvery single thing is on the table.\u201d");
        Attribution att = attribution(a, "Everything is on the table");
        assertEquals(List.of("Everything is on the table,", "Every single thing is on the table."), content(att));
        assertEquals(AttributionKind.DIRECT, att.kind());
    }

    @Test
    void aWhoThatOpensTheCuesClauseIsTheSourceAndItsAntecedentTheSpeaker() {
        Article a = annotate("The harbour of Nordby will get a new pier next year.",
                "The first to see the drawings was Tomas Berg, a fisherman who has said for years that the old pier "
                        + "is too short for the new boats.");
        Attribution att = containing(a, "that the old pier");
        assertEquals("who", att.source().orElseThrow().text());
        assertEquals("Tomas Berg", speaker(att));
    }

    @Test
    void aContentBeforeAClauseOfItsOwnIsNotJoinedToTheCueAfterIt() {
        Article a = annotate("The harbour of Nordby will get a new pier next year.",
                "The plan was welcomed by Tomas Berg, a fisherman who has said for years that the old pier is too "
                        + "short for the new boats.");
        // Where the tagger starts the content may move with its fit; the piece before the clause stays out.
        Attribution att = containing(a, "that the old pier");
        assertEquals(1, att.content().size(), content(att).toString());
        assertTrue(content(att).get(0).endsWith("that the old pier is too short for the new boats"),
                content(att).toString());
        assertFalse(content(att).get(0).contains("plan"), content(att).toString());
    }

    @Test
    void accordingToNamesTheSource() {
        Article a = annotate("Exports of timber fell sharply last year.",
                "According to the trade ministry, sales to Asia dropped by a third.");
        Attribution att = attribution(a, "sales to Asia");
        assertEquals("the trade ministry", speaker(att));
        assertEquals(AttributionRule.ACCORDING_TO, att.rule());
    }

    @Test
    void accordingToASourceThatGoesOnToSaySomethingElseReportsTheClauseBefore() {
        Article a = annotate("Storms closed the harbour at Kellsund on Monday.",
                "Nine sailings were cancelled, according to the ferry operator, which said the harbour would "
                        + "reopen on Wednesday.");
        Attribution before = attribution(a, "Nine sailings were cancelled");
        assertEquals(List.of("Nine sailings were cancelled"), content(before));
        assertEquals("according to", a.textOf(before.cue().orElseThrow()));
        assertEquals("the ferry operator", speaker(before));
        Attribution after = attribution(a, "the harbour would reopen");
        assertEquals("said", a.textOf(after.cue().orElseThrow()));
    }

    @Test
    void whoIsAskedDoesNotAsk() {
        Article a = annotate("Senate leaders reached a deal on Tuesday to keep the ferries running.",
                "Asked whether the deal included money for new boats, Majority Leader Tom Reyes said no.");
        Attribution asked = containing(a, "money for new boats");
        assertEquals("Asked", a.textOf(asked.cue().orElseThrow()));
        assertTrue(asked.source().isEmpty(), asked.toString());
    }

    @Test
    void aSourceDescribedByAnAdjectiveReportsTheClauseBeforeItAndNotTheOneAfter() {
        Article a = annotate("Harlow Mutual is exploring a sale of its insurance arm, people familiar with the matter "
                + "said, as the lender tries to rebuild its capital.");
        Attribution att = containing(a, "exploring a sale");
        assertEquals("people familiar with the matter", att.source().orElseThrow().text());
        assertFalse(att.text().contains("rebuild"), att.toString());
        assertTrue(a.attributions().stream().noneMatch(x -> x.text().contains("rebuild its capital")),
                a.attributions().toString());
    }

    @Test
    void pronounSourceTakesTheNameOfThePersonBefore() {
        Article a = annotate("Maria Lopez, the union's treasurer, spoke after the vote on Tuesday.",
                "She said the members had accepted the offer by a wide margin.");
        Attribution att = attribution(a, "the members had accepted");
        assertEquals("Maria Lopez", speaker(att));
        assertEquals("She", att.source().orElseThrow().text());
    }

    @Test
    void quoteInterruptedByItsCueIsOneDirectAttribution() {
        Article a = annotate("The port reopened on Friday after a month of repairs.",
                "\"We are ready to work again,\" Peter Olsen said, \"and the cranes are faster than before.\"");
        Attribution att = attribution(a, "We are ready");
        assertEquals(AttributionKind.DIRECT, att.kind());
        assertEquals(2, att.content().size(), content(att).toString());
        assertEquals(List.of(0, 1), att.quoteIndices());
        assertEquals("Peter Olsen", speaker(att));
        assertEquals(att, a.attributionOf(a.quotes().get(1)).orElseThrow());
    }

    @Test
    void quotedWordsAfterAnotherCueOfTheSentenceBelongToTheReportThatHoldsThem() {
        Article a = annotate("The mayor spoke to supporters on Friday.",
                "Mayor Ann Holt promised to cut local taxes, fix the town's \u201cbroken\u201d school system and she,"
                        + " once again, promised a \u201cfresh start\u201d for the harbour and said that she and her team"
                        + " would stand up to the \u201cold guard\u201d on the council.");
        for (Quote q : a.quotes()) {
            assertTrue(q.speaker().isEmpty() || a.attributionOf(q).isPresent(), "no attribution holds " + q.text());
        }
        Attribution guard = containing(a, "would stand up to");
        assertEquals(AttributionKind.MIXED, guard.kind());
        Quote oldGuard = a.quotes().stream().filter(q -> q.text().equals("old guard")).findFirst().orElseThrow();
        assertEquals(guard, a.attributionOf(oldGuard).orElseThrow());
        assertEquals("said", a.textOf(oldGuard.cue().orElseThrow()), "the cue of the report that holds it");
    }

    @Test
    void aQuoteInAReportWhoseSourceNamesNobodyMakesItMixed() {
        // "He" has no antecedent: neither the report nor the quote has a speaker, and the report holds the quote
        Article a = annotate("The bridge over the river opened two years late.",
                "He called the new bridge \"a monument to waste\" and said the council should apologise.");
        Quote quote = a.quotes().get(0);
        assertTrue(quote.speaker().isEmpty());
        Attribution att = a.attributionOf(quote).orElseThrow();
        assertEquals(AttributionKind.MIXED, att.kind());
        assertTrue(att.speaker().isEmpty());
        assertEquals("He", att.source().orElseThrow().text());
    }

    @Test
    void aTimeAfterTheCueIsNotWhatWasSaid() {
        // British papers write "said yesterday": when it was said, not what
        Article a = annotate("The town lost its last bank branch this month.",
                "The plant will shut in June, the company said yesterday.");
        Attribution att = containing(a, "The plant will shut");
        assertEquals(List.of("The plant will shut in June"), content(att));
        assertEquals(AttributionRule.REPORTED_BEFORE_CUE, att.rule());
    }

    @Test
    void theColonOfADatelineIsNoCue() {
        Article a = annotate("NEW DELHI: The government on Monday raised the support price for wheat, officials said.");
        Attribution att = containing(a, "raised the support price");
        assertEquals("said", a.textOf(att.cue().orElseThrow()));
        assertEquals("officials", att.source().orElseThrow().text());
    }

    @Test
    void aShortClauseBeforeItsSourceAndCueIsTheContentWhole() {
        // wire copy: one short clause, then who said it
        Article a = annotate("The town lost its last bank branch this year.",
                "Sales fell sharply in the spring, the company said.",
                "Ticket prices rose again in March, Eva Lund said.");
        assertEquals(List.of("Sales fell sharply in the spring"), content(containing(a, "Sales fell")));
        Attribution prices = containing(a, "prices rose");
        assertEquals(List.of("Ticket prices rose again in March"), content(prices));
        assertEquals("Eva Lund", speaker(prices));
    }

    @Test
    void quotedFragmentInReportedSpeechIsMixed() {
        Article a = annotate("The new library opened its doors on Saturday.",
                "The architect, Ines Varga, described the building as \"a living room for the whole town\" at the "
                        + "opening.");
        Attribution att = a.attributionOf(a.quotes().get(0)).orElseThrow();
        assertEquals(AttributionKind.MIXED, att.kind());
        assertEquals("Ines Varga", speaker(att));
        assertTrue(att.text().startsWith("the building as"), att.text());
    }

    @Test
    void speakerListsItsAttributions() {
        Article a = annotate("The school board voted on the budget on Monday.",
                "Board chair Olga Nilsen said the vote was close.",
                "\"We will have to cut two teaching posts,\" Nilsen said.");
        Speaker nilsen = a.speakers().stream().filter(s -> s.name().equals("Olga Nilsen")).findFirst()
                .orElseThrow(() -> new AssertionError(a.speakers().toString()));
        assertEquals(2, a.attributionsBy(nilsen).size(), a.attributions().toString());
        assertEquals(1, a.quotesBy(nilsen).size());
    }

    @Test
    void textWithoutReportingWordsHasNoAttributions() {
        Article a = annotate("The river froze early this winter.", "Skaters came from the whole valley to the ice.");
        assertEquals(List.of(), a.attributions());
    }

    @Test
    void phrasalCueReportsWhatFollowsItsPreposition() {
        Article a = annotate("The fishing union met in Vardo on Friday.",
                "Its leader Siri Moen called for a ban on trawlers inside the fjord.");
        Attribution att = attribution(a, "a ban on trawlers");
        assertEquals(List.of("a ban on trawlers inside the fjord"), content(att));
        assertEquals("Siri Moen", speaker(att));
        assertTrue(a.textOf(att.cue().orElseThrow()).startsWith("called"), a.textOf(att.cue().orElseThrow()));
    }

    @Test
    void hyphenInsideAWordDoesNotEndTheContent() {
        Article a = annotate("Mayor Lena Dahl said the long-term repairs would cost less than a new quay.");
        Attribution att = attribution(a, "the long-term repairs");
        assertEquals(List.of("the long-term repairs would cost less than a new quay"), content(att));
    }

    @Test
    void quoteInsideReportedSpeechTakesItsSpeaker() {
        Article a = annotate("The council of Nordby met on Tuesday.",
                "The mayor and the council agreed on Tuesday that the bridge was \"long overdue\" and would help the"
                        + " town.");
        Attribution att = attribution(a, "that the bridge");
        assertEquals(1, att.quoteIndices().size(), "the quote belongs to the report");
        assertEquals(AttributionKind.MIXED, att.kind());
        var quote = a.quotes().get(att.quoteIndices().get(0));
        assertEquals("long overdue", quote.text());
        assertTrue(quote.speaker().isPresent(), "the quote has the report's speaker");
        assertEquals(att.speaker(), quote.speaker());
    }

    @Test
    void quotationAfterThatStartsTheContentAtThat() {
        Article a = annotate("The town council met on Thursday to discuss the new bridge.",
                "The mayor, Karin Lund, said that \u201cthe bridge will be open to traffic before the summer.\u201d");
        Attribution att = a.attributionOf(a.quotes().get(0)).orElseThrow();
        assertTrue(att.text().startsWith("that \u201cthe bridge"), att.text());
        assertEquals("Karin Lund", speaker(att));
    }

    @Test
    void relativePronounSourceTakesItsAntecedentAsSpeaker() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "On Wednesday residents met Henrik Sand, who said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertEquals("who", att.source().orElseThrow().text());
        assertEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aPhraseOrACommaClauseAfterWhoKeepsThePronounTheSource() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Residents met Henrik Sand, who on Wednesday warned that families would pay twice as much.",
                "They also met Ada Berg, who, after a long night of talks, said that the board would think again.");
        Attribution warned = attribution(a, "that families would pay");
        assertEquals("who", warned.source().orElseThrow().text());
        assertEquals("Henrik Sand", speaker(warned));
        Attribution said = attribution(a, "that the board would think");
        assertEquals("who", said.source().orElseThrow().text());
        assertEquals("Ada Berg", speaker(said));
    }

    @Test
    void aQuoteInARelativeClauseLeavesTheMainVerbItsOwnReport() {
        Article a = annotate("The hospital cancelled forty operations last month.",
                "Dr Ada Berg, the trust's medical director, who in a letter to patients on Monday described the "
                        + "cancellations as \"unacceptable\", said extra sessions would be added at weekends.");
        Attribution called = attribution(a, "the cancellations");
        assertEquals("who", called.source().orElseThrow().text());
        Attribution said = attribution(a, "extra sessions would be added");
        assertEquals("Ada Berg", speaker(said));
        assertEquals("said", said.cue().orElseThrow().of(a.text()));
    }

    @Test
    void aPollThatOpensItsSentenceReportsWhatTheSentenceSays() {
        Article a = annotate("The library's future has been in doubt since the spring.",
                "In a survey for the Harbour Courier published on Monday, 61 percent of residents said the library "
                        + "should stay open.");
        Attribution poll = attribution(a, "61 percent of residents said");
        assertTrue(poll.source().orElseThrow().text().contains("survey for the Harbour Courier"),
                poll.source().toString());
        assertEquals("In", poll.cue().orElseThrow().of(a.text()));
        Attribution residents = attribution(a, "the library should stay open");
        assertTrue(residents.source().orElseThrow().text().contains("residents"), residents.source().toString());
        Article letter = annotate("The library's future has been in doubt since the spring.",
                "In a letter to residents on Monday, the mayor said the library would stay open.");
        assertTrue(letter.attributions().stream()
                        .noneMatch(x -> x.cue().map(c -> c.of(letter.text())).orElse("").equals("In")),
                letter.attributions().toString());
    }

    @Test
    void aSecondRelativeClauseAfterAndIsAboutWhatTheFirstIsAbout() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "The board is chaired by Ada Berg, whom the mayor appointed in May, and who argued that the new prices "
                        + "were too high.");
        Attribution argued = attribution(a, "that the new prices");
        assertEquals("who", argued.source().orElseThrow().text());
        assertEquals("Ada Berg", speaker(argued));
    }

    @Test
    void aNounInThePhraseBetweenWhoAndTheCueIsNotTheSource() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Residents met Henrik Sand, who in a letter to the board added that families would pay twice as much.");
        Attribution added = attribution(a, "that families would pay");
        assertEquals("who", added.source().orElseThrow().text());
        assertEquals("Henrik Sand", speaker(added));
    }

    @Test
    void aClauseWithASubjectOfItsOwnAfterWhoKeepsThatSubjectItsCuesSpeaker() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Residents had trusted Ada Berg, who until Henrik Sand said that prices would double had backed the "
                        + "board.");
        Attribution said = attribution(a, "that prices would double");
        assertEquals("Henrik Sand", speaker(said));
    }

    @Test
    void anAgeBetweenCommasLeavesTheNameBeforeAnAppositiveTheSpeaker() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Ada Berg, 41, a nurse from the harbour district who said that families would pay twice as much, "
                        + "was among the first to complain.");
        Attribution said = attribution(a, "that families would pay");
        assertEquals("Ada Berg", speaker(said));
    }

    @Test
    void aQuotesSpeakerWhoGoesOnToReportIsThatReportsSpeakerThroughWho() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "\"It is a scandal,\" said Henrik Sand, who on Monday added that families would pay \"twice as "
                        + "much\".");
        Attribution added = attribution(a, "that families would pay");
        assertEquals("who", added.source().orElseThrow().text());
        assertEquals("Henrik Sand", speaker(added));
        Attribution quote = a.attributionOf(a.quotes().get(0)).orElseThrow();
        assertEquals("Henrik Sand", quote.source().orElseThrow().text());
    }

    @Test
    void theAntecedentOfARelativePronounIsTheWholeNounPhrase() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Residents met the chair of the water board, who said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertEquals("who", att.source().orElseThrow().text());
        assertTrue(speaker(att).contains("chair"), speaker(att));
    }

    @Test
    void aNameThatModifiesAGroupNounIsNotTheSpeaker() {
        Article a = annotate("Maria Lindqvist leads the regional council.",
                "Lindqvist aides said that the new sea wall would be finished by the autumn.");
        Attribution att = attribution(a, "that the new sea wall");
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type(), speaker(att));
        assertTrue(speaker(att).contains("aides"), speaker(att));
    }

    @Test
    void townsThatSpeakAsOneAreAGroup() {
        Article a = annotate("The storms of January flooded the coast.",
                "Eastport villagers said that the new sea wall would come too late.");
        Attribution att = attribution(a, "that the new sea wall");
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type(), speaker(att));
        assertTrue(speaker(att).contains("villagers"), speaker(att));
    }

    @Test
    void aRoleBetweenANameAndAPersonLeavesThePersonTheSpeaker() {
        Article a = annotate("The water board raised its prices on Tuesday.",
                "Microsoft spokesman Henrik Sand said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aRoleTheArticleGaveToOnePersonIsThatPerson() {
        Article a = annotate("Henrik Sand, the water board's director, met the mayor on Tuesday.",
                "The director said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aHeadlineRoleWithoutAnArticleIsThePersonTheArticleGivesItTo() {
        Article a = annotate("Director says water prices will double",
                "Henrik Sand, the water board's director, said on Tuesday that families would pay twice as much.");
        Attribution att = attribution(a, "water prices will double");
        assertEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aWritingFromSomeoneIsTheirs() {
        Article a = annotate("The ferry will stop running in May, according to a statement from the port authority.",
                "Fares rose by a third last year, according to a report released on Monday.");
        Attribution issued = attribution(a, "The ferry will stop running");
        assertEquals("the port authority", speaker(issued));
        assertEquals(SpeakerType.ORGANIZATION, issued.speaker().orElseThrow().type());
        assertTrue(issued.source().orElseThrow().text().contains("statement"), issued.source().orElseThrow().text());
        Attribution anonymous = attribution(a, "Fares rose by a third");
        assertTrue(speaker(anonymous).contains("report"), speaker(anonymous));
    }

    @Test
    void anAirlineSpeaksAsAnOrganisation() {
        Article a = annotate("Hundreds of flights were cancelled on Thursday as pilots walked out.",
                "The airline said that it regretted the disruption.");
        Attribution att = attribution(a, "that it regretted the disruption");
        assertEquals("the airline", speaker(att));
        assertEquals(SpeakerType.ORGANIZATION, att.speaker().orElseThrow().type());
    }

    @Test
    void severalOrganisationsSpeakAsAGroup() {
        Article a = annotate("The government cut the subsidy for rural bus routes on Monday.",
                "Opposition parties said that the cut would leave villages without a single bus.");
        Attribution att = attribution(a, "that the cut would leave");
        assertEquals(SpeakerType.GROUP, att.speaker().orElseThrow().type());
    }

    @Test
    void aGuildAndAChamberSpeakAsOrganisations() {
        Article a = annotate("Trawlers stayed in port for a third day on Friday.",
                "The fishermen's guild said that the new quota would ruin the smaller boats.",
                "The town's chamber of commerce warned that shops on the quay were losing trade.");
        for (String content : List.of("that the new quota", "that shops on the quay")) {
            Attribution att = attribution(a, content);
            assertEquals(SpeakerType.ORGANIZATION, att.speaker().orElseThrow().type(), content);
        }
    }

    @Test
    void aRoleOfAPlaceBeforeTheNameIsThatPerson() {
        Article a = annotate("The mayor of Westbrook, Henrik Sand, met the water board on Tuesday.",
                "The mayor said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aRoleBeforeACommaThatEndsAClauseNamesNobody() {
        Article a = annotate("The plan is better than the one the director, Henrik Sand said on Monday.",
                "The director said that families would pay twice as much.");
        Attribution att = attribution(a, "that families would pay");
        assertNotEquals("Henrik Sand", speaker(att));
    }

    @Test
    void aPlaceAfterAGroupIsNotTheSpeaker() {
        Article a = annotate(
                "The county will pay for new dikes along the river in Westbrook, the mayor of Westbrook said.",
                "Farmers in Westbrook warned that the money came too late.");
        Attribution att = attribution(a, "that the money came too late");
        assertTrue(att.source().orElseThrow().text().startsWith("Farmers"), att.source().orElseThrow().text());
        assertTrue(att.speaker().map(s -> !s.name().equals("Westbrook")).orElse(true), speaker(att));
    }

    @Test
    void aNameAfterAPrepositionInTheSourceIsNotTheSpeaker() {
        // whatever the entity tagger makes of the place, the speaker is the role that holds it
        Article a = annotate(
                "The county will pay for new dikes along the river in Westbrook, the mayor of Westbrook said.");
        Attribution att = attribution(a, "The county will pay");
        assertTrue(speaker(att).contains("mayor"), speaker(att));
    }

    @Test
    void aReportBeforeAQuotedClauseThatTheQuoteRulesGaveTheSameCueIsKept() {
        Article a = annotate("The Nordby Fishermen's Association said its boats had stayed in port all week, "
                + "calling the new quota "
                + "\u201ca death sentence for the harbour.\u201d");
        Attribution report = attribution(a, "its boats had stayed in port");
        assertEquals("said", a.textOf(report.cue().orElseThrow()));
        assertFalse(report.text().contains("death sentence"), report.text());
        assertEquals("Nordby Fishermen's Association", speaker(report));
        Attribution quoted = containing(a, "a death sentence for the harbour");
        assertEquals(speaker(report), speaker(quoted));
    }

    @Test
    void theSpokesmanAfterACouncilSpokesmanIsTheSameSpeaker() {
        Article a = annotate("The council will close the pool in March.",
                "A council spokesman said that the building was no longer safe.",
                "The spokesman added that a new pool would open in 2028.");
        Speaker first = attribution(a, "that the building").speaker().orElseThrow();
        Speaker second = attribution(a, "that a new pool").speaker().orElseThrow();
        assertEquals(first, second);
        assertEquals("a council spokesman", first.name());
    }

    @Test
    void theSpokeswomanAfterASpokeswomanForSomeoneIsTheSameSpeaker() {
        Article a = annotate("The harbour board will raise mooring fees in May.",
                "A spokeswoman for the Nordby harbour board said that the fees had not changed for ten years.",
                "The spokeswoman said that most owners had been told in writing.");
        Speaker first = attribution(a, "that the fees had not changed").speaker().orElseThrow();
        Speaker second = attribution(a, "that most owners").speaker().orElseThrow();
        assertEquals(first, second);
    }

    @Test
    void theAideAfterAnAideToAPersonSpeaksForThatPerson() {
        Article a = annotate("The bridge bill reaches the state senate on Tuesday.",
                "An aide to Senator Mona Viik said that the senator would vote for it.",
                "The aide said that the vote could slip to June.");
        assertEquals(speaker(attribution(a, "that the senator would vote")),
                speaker(attribution(a, "that the vote could slip")));
        assertEquals("Mona Viik", speaker(attribution(a, "that the vote could slip")));
    }

    @Test
    void aQuoteOfTheSpokesmanAfterAReportOfASpokesmanForSomeoneHasTheReportsSpeaker() {
        Article a = annotate("The harbour board will raise mooring fees in May.",
                "A spokesman for harbour master Olav Rud said that the fees had not changed for ten years.",
                "\u201cWe had no other choice,\u201d the spokesman said in an email.");
        Quote quote = a.quotes().stream().filter(q -> q.text().startsWith("We had no")).findFirst().orElseThrow();
        assertEquals(attribution(a, "that the fees had not changed").speaker(), quote.speaker());
    }

    @Test
    void theCandidatesAfterCandidatesLikeAPersonAreNotThatPerson() {
        Article a = annotate("Candidates like Mona Viik said that the bridge tolls were too high.",
                "The candidates said that the bridge should be free at night.");
        assertEquals("Mona Viik", speaker(attribution(a, "that the bridge tolls")));
        assertNotEquals("Mona Viik", speaker(attribution(a, "that the bridge should be free")));
    }

    @Test
    void theSameWordsAreOneSpeakerForAQuoteAndAReport() {
        Article a = annotate("The Friends of Nordby Harbour group accused the council of \u201cselling off the "
                + "harbour,\u201d and said it would appeal against the decision.");
        Attribution quoted = containing(a, "selling off the harbour");
        Attribution reported = attribution(a, "it would appeal");
        assertEquals(quoted.speaker().orElseThrow(), reported.speaker().orElseThrow());
        assertEquals(1, a.speakers().size(), a.speakers().toString());
    }

    @Test
    void aQuoteInsideAReportHasTheReportsCue() {
        Article a = annotate("The harbour board met on Monday to discuss the new fees.",
                "One senior official, who asked not to be named, said the board had \u201csold out the harbour\u201d.");
        Quote quote = a.quotes().stream().filter(q -> q.text().equals("sold out the harbour")).findFirst()
                .orElseThrow();
        Attribution report = containing(a, "sold out the harbour");
        assertEquals("said", a.textOf(quote.cue().orElseThrow()));
        assertEquals(report.cue(), quote.cue());
    }

    @Test
    void aNameBetweenCommasAfterTheSourceNamesIt() {
        Article a = annotate("A man was pulled from the water near the ferry terminal on Thursday.",
                "The harbour master, Olav Rud, said the lights on the quay had been repaired last month.");
        assertEquals("Olav Rud", speaker(attribution(a, "the lights on the quay")));
    }

    @Test
    void aPassengerAndFansAreSourcesWithoutNames() {
        Article a = annotate("The ferry reached Nordby three hours late on Friday.",
                "A passenger on the ferry said that the crossing had been the roughest in years.",
                "Fans on the quay complained that nobody had told them of the delay.");
        Attribution passenger = attribution(a, "that the crossing");
        assertEquals(SpeakerType.PERSON, passenger.speaker().orElseThrow().type());
        Attribution fans = attribution(a, "that nobody had told them");
        assertEquals(SpeakerType.GROUP, fans.speaker().orElseThrow().type());
    }

    @Test
    void tradersAndInvestorsAreGroupsWithoutNames() {
        Article a = annotate("Coffee prices rose for a third week on Friday.",
                "Exporters said the harvest in the south had been cut short by frost.",
                "Investors expect the rally to last until the spring.");
        assertEquals(SpeakerType.GROUP, attribution(a, "the harvest in the south").speaker().orElseThrow().type());
        assertEquals(SpeakerType.GROUP, attribution(a, "the rally to last").speaker().orElseThrow().type());
    }

    @Test
    void lobbyistsAndATeenagerAreSourcesWithoutNames() {
        Article a = annotate("The harbour board approved the new quay on Friday.",
                "Shipping lobbyists said the quay would be too short for the new ferries.",
                "A teenager who fishes from the old pier said the board had not asked anyone on the island.");
        assertEquals(SpeakerType.GROUP, attribution(a, "the quay would be too short").speaker().orElseThrow()
                .type());
        assertEquals(SpeakerType.PERSON, attribution(a, "the board had not asked").speaker().orElseThrow().type());
    }

    @Test
    void aHeadlineThatReportsAfterItsSourcesNameAndAColonIsTheirReport() {
        Article a = annotate("Holmqvist: Harbour Deal Has Collapsed.",
                "Senator Tove Holmqvist said on Tuesday that talks with the port authority had ended without a deal.");
        Attribution headline = attribution(a, "Harbour Deal Has Collapsed");
        assertEquals(List.of("Harbour Deal Has Collapsed"), content(headline));
        assertEquals("Tove Holmqvist", speaker(headline));
        assertEquals(AttributionRule.HEADLINE_COLON, headline.rule());
        assertEquals(AttributionKind.INDIRECT, headline.kind());
    }

    @Test
    void aHeadlineSourceEndsBeforeAPrepositionAndMayBeASurvey() {
        Article a = annotate("Holmqvist to fishermen: Quotas will stay as they are.",
                "Senator Tove Holmqvist met fishermen in Lysekil on Friday.");
        assertEquals("Tove Holmqvist", speaker(attribution(a, "Quotas will stay")));
        Article survey = annotate("Survey: Rural voters turn away from the governing party.",
                "Support for the governing party fell among rural voters, a survey published on Monday shows.");
        assertEquals("Survey", attribution(survey, "Rural voters turn away").source().orElseThrow().text());
    }

    @Test
    void aHeadlineWithAColonIsNoReportWithoutASourceOrAVerbOrWhenItAsks() {
        Article label = annotate("The Latest: Ferry services resume after the storm.",
                "Ferries between the islands sailed again on Sunday morning.");
        Article noVerb = annotate("Holmqvist and Berg: A long rivalry.", "The two senators met in 2004.");
        Article question = annotate("Holmqvist: Senator or minister?", "Tove Holmqvist may join the cabinet.");
        Article column = annotate("Opinion: Why our villages need their ferries",
                "The island ferry carries more than commuters.");
        for (Article x : List.of(label, noVerb, question, column)) {
            assertTrue(x.attributions().stream().noneMatch(r -> r.rule() == AttributionRule.HEADLINE_COLON),
                    x.attributions().toString());
        }
    }

    @Test
    void aMatchScoreBeforeAHeadlinesColonIsNoSource() {
        Article a = annotate("Harbour City 2-1 Westmoor: Okafor double keeps title race alive",
                "Harbour City manager Lena Brandt praised her side after they came from behind to beat Westmoor.",
                "Westmoor led through a Tom Aske header before Chidi Okafor struck twice in the second half.",
                "\"It's a throw to us, clear as day,\" Westmoor boss Ray Dunmore said.",
                "Dunmore admitted his side had \"switched off\" after taking the lead.");
        assertTrue(a.attributions().stream().noneMatch(r -> r.rule() == AttributionRule.HEADLINE_COLON),
                a.attributions().toString());
    }

    @Test
    void aPartysMembersInAChamberAreAGroupNotTheChamber() {
        Article a = annotate("Senate Democrats on Tuesday demanded a vote on the ferry bill, saying island communities "
                + "could not wait any longer.", "House Republicans said the bill would cost too much.");
        Attribution demand = attribution(a, "island communities");
        assertEquals("Senate Democrats", speaker(demand));
        assertEquals(SpeakerType.GROUP, demand.speaker().orElseThrow().type());
        assertEquals("House Republicans", speaker(attribution(a, "the bill would cost")));
    }

    @Test
    void aClauseAfterTheCuesTimeIsTheWritersNotTheReport() {
        Article a = annotate("Freight firm to cut jobs",
                "The shipping group will cut 300 jobs, the company said on Tuesday, as a slump in freight rates "
                        + "squeezes margins across the industry.");
        Attribution cut = attribution(a, "The shipping group will cut 300 jobs");
        assertEquals(List.of("The shipping group will cut 300 jobs"), content(cut));
        assertEquals("company", cut.source().orElseThrow().text());
    }

    @Test
    void whoIsAskedIsNoSourceOfTheQuestion() {
        Article a = annotate("Rival candidates clash",
                "Councillor Mara Lindqvist, however, struggled when asked how she would pay for free school meals.");
        Attribution question = attribution(a, "how she would pay");
        assertTrue(question.source().isEmpty() && question.speaker().isEmpty(), question.toString());
    }

    @Test
    void aWritingSomeoneWasNotInvolvedInIsNotTheirs() {
        Article a = annotate("Tea and sleep",
                "Dr. Ruth Alvarez, a sleep researcher who was not involved in the study, said the results were "
                        + "encouraging.",
                "The study found that more than four cups a day brought no further benefit.");
        Attribution finding = attribution(a, "that more than four cups");
        assertNotEquals("Ruth Alvarez", speaker(finding));
    }

    @Test
    void theyIsTheGroupThatIsTheSubjectOfTheSentenceBefore() {
        Article a = annotate("Tea and sleep",
                "Tea drinkers sleep longer, according to a study published on Monday in the Nordic Sleep Journal.",
                "The researchers followed 2,000 adults in Norway for ten years.",
                "They found that the adults in the study fell asleep faster after a cup of tea.");
        assertEquals("the researchers", speaker(containing(a, "fell asleep faster")).toLowerCase(Locale.ROOT));
    }

    @Test
    void theDayASourceSpokeIsNoPartOfTheSource() {
        Article a = annotate("Pier stays shut",
                "The town's harbour master on Friday defended the closure of the north pier, saying it was unsafe "
                        + "after the storms.");
        Attribution closure = containing(a, "it was unsafe");
        assertEquals("town's harbour master", closure.source().orElseThrow().text());
    }
}
