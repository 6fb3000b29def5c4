package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.AttributionRule;

/** Repairs of the tagger's labels, on hand-written sentences. */
class TaggerLabelRepairsTest {

    /** The run of tokens that covers {@code words} in the parsed text. */
    private static TaggedSpeech.Run run(TestDocuments.Parsed p, String words) {
        int start = p.text().indexOf(words);
        if (start < 0) {
            throw new AssertionError("no \"" + words + "\" in " + p.text());
        }
        return new TaggedSpeech.Run(p.view().firstTokenAtOrAfter(start),
                p.view().firstTokenAtOrAfter(start + words.length()));
    }

    /** The rules' report of the document whose cue is {@code cue}. */
    private static ReportedSpeech ruleAt(TestDocuments.Parsed p, String cue) {
        int k = run(p, cue).first();
        return new ReportedSpeechFinder().find(p.view()).stream().filter(r -> r.cueToken() == k).findFirst()
                .orElseThrow();
    }

    /** A report of the tagger's, with one piece of content. */
    private static ReportedSpeech tagged(TestDocuments.Parsed p, String content, String source, String cue) {
        TaggedSpeech.Run s = run(p, source);
        TaggedSpeech.Run c = run(p, cue);
        return new ReportedSpeech(List.of(p.view().span(run(p, content).first(), run(p, content).end())),
                Optional.of(new SpeakerPhrase(s.first(), s.end(), s.end() - 1)), p.view().span(c.first(), c.end()),
                c.first(), AttributionRule.REPORTED_AFTER_CUE, 0.5);
    }

    @Test
    void aClauseBeforeItsSourceAndCueHoldsTheReportsTheTaggerFoundInIt() {
        TestDocuments.Parsed p = TestDocuments.of("Most of the members backed the offer, the union said on Friday.");
        int[] labels = new int[p.view().tokenCount()];
        labels[run(p, "backed").first()] = TaggerModel.UNIT_CUE;
        labels[run(p, "said").first()] = TaggerModel.UNIT_CUE;
        ReportedSpeech said = ruleAt(p, "said");
        assertEquals("Most of the members backed the offer", said.content().get(0).of(p.text()));
        List<ReportedSpeech> inside = List.of(tagged(p, "the offer", "Most of the members", "backed"));
        assertEquals(List.of(said), TaggerLabelRepairs.rulesForBareCues(p.view(), p.sequence(), labels, inside,
                List.of(said)));
        // a report of the tagger's that runs on past the clause takes it: the rules' report is not added
        List<ReportedSpeech> across = List.of(tagged(p, "the offer, the union", "Most of the members", "backed"));
        assertEquals(List.of(), TaggerLabelRepairs.rulesForBareCues(p.view(), p.sequence(), labels, across,
                List.of(said)));
    }

    @Test
    void theClauseOfAnAccordingToHoldsTheReportsTheTaggerFoundInIt() {
        TestDocuments.Parsed p = TestDocuments.of("Most of the members backed the offer, according to the union.");
        int[] labels = new int[p.view().tokenCount()];
        labels[run(p, "backed").first()] = TaggerModel.UNIT_CUE;
        labels[run(p, "according").first()] = TaggerModel.CUE;
        labels[run(p, "to the").first()] = TaggerModel.END_CUE;
        ReportedSpeech according = ruleAt(p, "according");
        assertEquals(AttributionRule.ACCORDING_TO, according.rule());
        List<ReportedSpeech> inside = List.of(tagged(p, "the offer", "Most of the members", "backed"));
        assertEquals(List.of(according), TaggerLabelRepairs.rulesForBareCues(p.view(), p.sequence(), labels, inside,
                List.of(according)));
    }

    @Test
    void aNounPhraseReadAsContentBeforeASourceSetOffByCommasIsTheSourcesHead() {
        TestDocuments.Parsed p = TestDocuments.of("The bank cut its rates on Monday. Its chief economist, Ann Lee, "
                + "said the cut came late.");
        int[] labels = new int[p.view().tokenCount()];
        label(labels, run(p, "Its chief economist"), TaggerModel.CONTENT);
        label(labels, run(p, "Ann Lee,"), TaggerModel.SOURCE);
        labels[run(p, "said").first()] = TaggerModel.UNIT_CUE;
        label(labels, run(p, "the cut came late"), TaggerModel.CONTENT);
        int[] repaired = TaggerLabelRepairs.withAppositionHeadsAsSources(p.view(), p.sequence(), labels);
        assertEquals(List.of(run(p, "Its chief economist, Ann Lee,")),
                TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.SOURCE));
        assertEquals(List.of(run(p, "the cut came late")), TaggedSpeech.runs(p.sequence(), repaired,
                TaggerModel.CONTENT));
        // a clause, with its verb, before the source is what the source said
        TestDocuments.Parsed q = TestDocuments.of("Rates will fall, Ann Lee, an economist, said on Monday.");
        int[] qLabels = new int[q.view().tokenCount()];
        label(qLabels, run(q, "Rates will fall"), TaggerModel.CONTENT);
        label(qLabels, run(q, "Ann Lee, an economist,"), TaggerModel.SOURCE);
        qLabels[run(q, "said").first()] = TaggerModel.UNIT_CUE;
        assertEquals(List.of(run(q, "Rates will fall")), TaggedSpeech.runs(q.sequence(),
                TaggerLabelRepairs.withAppositionHeadsAsSources(q.view(), q.sequence(), qLabels),
                TaggerModel.CONTENT));
    }

    @Test
    void aSubjectBeforeItsCueAndItsContentIsTheSource() {
        TestDocuments.Parsed p = TestDocuments.of("The council did not say how much the repairs would cost.");
        int[] labels = new int[p.view().tokenCount()];
        label(labels, run(p, "The council"), TaggerModel.CONTENT);
        label(labels, run(p, "did not say"), TaggerModel.CUE);
        label(labels, run(p, "how much the repairs would cost"), TaggerModel.CONTENT);
        int[] repaired = TaggerLabelRepairs.withSubjectsBeforeTheirCuesAsSources(p.view(), p.sequence(), labels);
        assertEquals(List.of(run(p, "The council")), TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.SOURCE));
        // a passive cue tells of its subject: the labels stay
        TestDocuments.Parsed q = TestDocuments.of("The council was asked to publish the costs.");
        int[] qLabels = new int[q.view().tokenCount()];
        label(qLabels, run(q, "The council"), TaggerModel.CONTENT);
        label(qLabels, run(q, "was asked"), TaggerModel.CUE);
        label(qLabels, run(q, "to publish the costs"), TaggerModel.CONTENT);
        assertArrayEquals(qLabels, TaggerLabelRepairs.withSubjectsBeforeTheirCuesAsSources(q.view(), q.sequence(),
                qLabels));
    }

    @Test
    void aSubjectHoldingAClauseWithoutThatIsTheSourceOfTheRestOfTheSentence() {
        TestDocuments.Parsed p = TestDocuments.of("Farmers she visited said the harvest had come in late.");
        int[] labels = new int[p.view().tokenCount()];
        labels[run(p, "she").first()] = TaggerModel.UNIT_SOURCE;
        label(labels, run(p, "visited said"), TaggerModel.CUE);
        label(labels, run(p, "the harvest"), TaggerModel.CONTENT);
        int[] repaired = TaggerLabelRepairs.withContactClauseSources(p.view(), p.sequence(), labels);
        assertEquals(List.of(run(p, "Farmers she visited")),
                TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.SOURCE));
        assertEquals(List.of(run(p, "said")), TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.CUE));
        assertEquals(List.of(run(p, "the harvest had come in late")),
                TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.CONTENT));
        // a time before the pronoun is no speaker: the labels stay
        TestDocuments.Parsed q = TestDocuments.of("Last week she went on to say the harvest had come in late.");
        int[] qLabels = new int[q.view().tokenCount()];
        qLabels[run(q, "she").first()] = TaggerModel.UNIT_SOURCE;
        qLabels[run(q, "say").first()] = TaggerModel.UNIT_CUE;
        label(qLabels, run(q, "the harvest had come in late"), TaggerModel.CONTENT);
        assertArrayEquals(qLabels, TaggerLabelRepairs.withContactClauseSources(q.view(), q.sequence(), qLabels));
    }

    @Test
    void aContentFromTheAppositionAfterTheOpeningNameTakesTheNameIn() {
        TestDocuments.Parsed p = TestDocuments.of("Norvik, the ferry operator, will cut 40 jobs, the company said.");
        int[] labels = new int[p.view().tokenCount()];
        TaggedSpeech.Run apposition = run(p, "the ferry operator, will cut 40 jobs");
        label(labels, apposition, TaggerModel.CONTENT);
        assertEquals(run(p, "Norvik, the ferry operator, will cut 40 jobs"),
                TaggerLabelRepairs.withNameBeforeApposition(p.view(), p.sequence(), labels, apposition));
        // a clause of its own after the comma: as it was
        TestDocuments.Parsed q = TestDocuments.of("In Norvik, the ferry will run twice a day, the company said.");
        int[] qLabels = new int[q.view().tokenCount()];
        TaggedSpeech.Run clause = run(q, "the ferry will run twice a day");
        label(qLabels, clause, TaggerModel.CONTENT);
        assertEquals(clause, TaggerLabelRepairs.withNameBeforeApposition(q.view(), q.sequence(), qLabels, clause));
    }

    @Test
    void aReflexiveThatStressesANounGivesWayToTheNoun() {
        TestDocuments.Parsed p = TestDocuments.of("Ann Holm herself told the radio station that the port was safe.");
        assertEquals(run(p, "Ann Holm"), TaggerLabelRepairs.fromStressedNoun(p.view(), run(p, "herself")));
        TestDocuments.Parsed q = TestDocuments.of("The mayor himself said the port was safe.");
        assertEquals(run(q, "The mayor"), TaggerLabelRepairs.fromStressedNoun(q.view(), run(q, "himself")));
        // a reflexive after a verb stays as it was
        TestDocuments.Parsed r = TestDocuments.of("She told herself that the port was safe.");
        assertEquals(run(r, "herself"), TaggerLabelRepairs.fromStressedNoun(r.view(), run(r, "herself")));
    }

    /** Labels a run of two tokens or more with the begin, inside and end labels of a role. */
    private static void label(int[] labels, TaggedSpeech.Run r, int role) {
        for (int k = r.first(); k < r.end(); k++) {
            labels[k] = k == r.first() ? role : k == r.end() - 1 ? TaggerModel.endOf(role) : role + 1;
        }
    }

    @Test
    void aClauseBeforeTheSourceJoinsTheClauseAfterTheCue() {
        TestDocuments.Parsed p = TestDocuments.of("Pupils read more in the breaks, he said, and the classes were "
                + "calmer.");
        ReportedSpeech said = ruleAt(p, "said");
        assertEquals(AttributionRule.REPORTED_AROUND_CUE, said.rule());
        ReportedSpeech after = tagged(p, "and the classes were calmer", "he", "said");
        ReportedSpeech inside = tagged(p, "more in the breaks", "Pupils", "read");
        List<ReportedSpeech> joined = TaggerLabelRepairs.withClauseBeforeSource(p.view(), p.sequence(),
                List.of(inside, after), List.of(said));
        assertEquals(inside, joined.get(0));
        assertEquals(List.of("Pupils read more in the breaks", "and the classes were calmer"),
                joined.get(1).content().stream().map(c -> c.of(p.text())).toList());
        // no clause joined by "and" or "but" after the cue: the tagger's reading stands
        TestDocuments.Parsed q = TestDocuments.of("Pupils read more in the breaks, he said, the classes were calmer.");
        ReportedSpeech qAfter = tagged(q, "the classes were calmer", "he", "said");
        assertEquals(List.of(qAfter), TaggerLabelRepairs.withClauseBeforeSource(q.view(), q.sequence(),
                List.of(qAfter), List.of(ruleAt(q, "said"))));
    }

    @Test
    void aParticipleAfterASentenceOfBeOrHaveReportsItsSubject() {
        for (String sentence : List.of("Chef Ann Lee is to close her restaurant in May, blaming the rising costs.",
                "Chef Ann Lee was furious on Monday, blaming the rising costs.")) {
            TestDocuments.Parsed p = TestDocuments.of(sentence);
            TaggedSpeech.Run cue = run(p, "blaming");
            ReportedSpeech bare = new ReportedSpeech(List.of(p.view().span(run(p, "the rising costs").first(),
                    run(p, "the rising costs").end())), Optional.empty(), p.view().span(cue.first(), cue.end()),
                    cue.first(), AttributionRule.REPORTED_AFTER_CUE, 0.5);
            SpeakerPhrase source = TaggerLabelRepairs.withDistantSources(p.view(), List.of(bare), List.of()).get(0)
                    .source().orElseThrow(() -> new AssertionError("no source in " + sentence));
            assertEquals("Chef Ann Lee", p.view().span(source.first(), source.end()).of(p.text()));
        }
    }

    @Test
    void whoWasQuotedAsSayingIsTheSourceNotThePaperThatQuoted() {
        TestDocuments.Parsed p = TestDocuments.of("Ann Lee was quoted by the Harbour Courier as saying that the quay "
                + "would close.");
        ReportedSpeech byPaper = tagged(p, "that the quay would close", "the Harbour Courier", "as saying");
        SpeakerPhrase source = TaggerLabelRepairs.withQuotedSubjects(p.view(), List.of(byPaper)).get(0).source()
                .orElseThrow();
        assertEquals("Ann Lee", p.view().span(source.first(), source.end()).of(p.text()));
        // "as saying" after another verb keeps the tagger's source
        TestDocuments.Parsed q = TestDocuments.of("The Harbour Courier reported the mayor as saying that the quay "
                + "would close.");
        ReportedSpeech reported = tagged(q, "that the quay would close", "The Harbour Courier", "as saying");
        assertEquals(List.of(reported), TaggerLabelRepairs.withQuotedSubjects(q.view(), List.of(reported)));
    }

    /** The labels of a tagger that read the cue word as a cue and the two-word name after it as content. */
    private static int[] nameAsContent(TestDocuments.Parsed p, String cue, String name) {
        int[] labels = new int[p.view().tokenCount()];
        labels[run(p, cue).first()] = TaggerModel.UNIT_CUE;
        labels[run(p, name).first()] = TaggerModel.CONTENT;
        labels[run(p, name).first() + 1] = TaggerModel.END_CONTENT;
        return labels;
    }

    @Test
    void aNameTheTaggerReadsAsContentAfterAnInvertedCueIsTheSource() {
        TestDocuments.Parsed p = TestDocuments.of("The grant ends next year, said Joseph Mwangi.");
        int[] repaired = TaggerLabelRepairs.withInvertedSources(p.view(), p.sequence(),
                nameAsContent(p, "said", "Joseph Mwangi"));
        assertEquals(List.of(run(p, "Joseph Mwangi")), TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.SOURCE));
        // the clause before the comma, which the tagger left unlabelled, is the content
        assertEquals(List.of(run(p, "The grant ends next year")),
                TaggedSpeech.runs(p.sequence(), repaired, TaggerModel.CONTENT));
        // after a participle the name is whom the charity quotes, not who spoke
        TestDocuments.Parsed q = TestDocuments.of("The charity says the grant ends next year, quoting Joseph Mwangi.");
        int[] quoting = TaggerLabelRepairs.withInvertedSources(q.view(), q.sequence(),
                nameAsContent(q, "quoting", "Joseph Mwangi"));
        assertEquals(List.of(), TaggedSpeech.runs(q.sequence(), quoting, TaggerModel.SOURCE));
    }

    @Test
    void aLiveReportsTimeStampIsNoPartOfASource() {
        TestDocuments.Parsed p = TestDocuments.of("10:42 - The coastguard said two boats were missing.");
        assertEquals(run(p, "The coastguard"), TaggerLabelRepairs.afterDateline(p.view(), p.sequence(),
                run(p, "10:42 - The coastguard")));
        // a number that is no time of day stays
        TestDocuments.Parsed q = TestDocuments.of("40 - 50 boats were missing, the coastguard said.");
        assertEquals(run(q, "40 - 50 boats were missing"), TaggerLabelRepairs.afterDateline(q.view(), q.sequence(),
                run(q, "40 - 50 boats were missing")));
    }

    @Test
    void aReportInsideTheClauseThatTookTheOuterSourceGoes() {
        TestDocuments.Parsed p = TestDocuments.of("The fossil, found in a quarry, is the oldest of its kind, the "
                + "team wrote.");
        ReportedSpeech wrote = ruleAt(p, "wrote");
        ReportedSpeech borrowed = tagged(p, "in a quarry, is the oldest of its kind", "the team", "found");
        assertEquals(List.of(), TaggerLabelRepairs.withoutBorrowedSources(List.of(borrowed),
                List.of(wrote)));
        // with a source of its own inside the clause it stays
        ReportedSpeech own = tagged(p, "in a quarry, is the oldest of its kind", "The fossil", "found");
        assertEquals(List.of(own), TaggerLabelRepairs.withoutBorrowedSources(List.of(own),
                List.of(wrote)));
    }

    @Test
    void aQuestionInTheParticipleClauseThatOpensTheSentenceIsNotTheAnswersContent() {
        TestDocuments.Parsed p = TestDocuments.of("Asked by the host whether she would run again, Lee said she "
                + "would not decide before the summer.");
        assertTrue(TaggerLabelRepairs.insideOpeningParticiple(p.view(), run(p, "whether she would run again"),
                run(p, "said")));
        assertFalse(TaggerLabelRepairs.insideOpeningParticiple(p.view(),
                run(p, "she would not decide before the summer"), run(p, "said")));
        // no participle opens the sentence: what comes before the cue is what the source said
        TestDocuments.Parsed q = TestDocuments.of("The plant will close in the spring, the company said on Monday.");
        assertFalse(TaggerLabelRepairs.insideOpeningParticiple(q.view(), run(q, "The plant will close in the spring"),
                run(q, "said")));
    }

    @Test
    void theOwnerOfANominalCueIsItsSource() {
        TestDocuments.Parsed p = TestDocuments.of("The harbour master's claim that the quay was safe has been "
                + "contradicted by divers.");
        SpeakerPhrase owner = TaggerLabelRepairs.possessorOfNominalCue(p.view(), run(p, "'s claim")).orElseThrow();
        assertEquals("The harbour master", p.text().substring(p.view().token(owner.first()).span().start(),
                p.view().token(owner.end() - 1).span().end()));
        // no more than the ending, a noun and "that": "The museum's garden is about ..." is no report
        TestDocuments.Parsed q = TestDocuments.of("The museum's garden is about half the size it was before the "
                + "new wing was built.");
        assertTrue(TaggerLabelRepairs.possessorOfNominalCue(q.view(), run(q, "'s garden is about")).isEmpty());
        assertTrue(TaggerLabelRepairs.possessorOfNominalCue(p.view(), run(p, "claim")).isEmpty());
    }

    @Test
    void aContentStartedAtTheHearerOfTellStartsAtThat() {
        TestDocuments.Parsed p = TestDocuments.of("A ward nurse has told a public inquiry that she warned managers "
                + "about the shortages.");
        DocumentView doc = p.view();
        int tokens = doc.tokenCount();
        TaggerSequence all = p.sequence();
        int[] labels = new int[tokens];
        TaggedSpeech.Run told = run(p, "told");
        labels[told.first()] = TaggerModel.UNIT_CUE;
        TaggedSpeech.Run content = run(p, "a public inquiry that she warned managers about the shortages");
        assertEquals(run(p, "that she warned managers about the shortages"),
                TaggerLabelRepairs.withoutHearer(doc, all, labels, content));
        // a clause that opens at once ("told them he would go") or after a verb keeps its start
        TestDocuments.Parsed q = TestDocuments.of("The nurse told the inquiry she had seen that the ward was full.");
        int[] qLabels = new int[q.view().tokenCount()];
        qLabels[run(q, "told").first()] = TaggerModel.UNIT_CUE;
        TaggedSpeech.Run clause = run(q, "the inquiry she had seen that the ward was full");
        assertEquals(clause, TaggerLabelRepairs.withoutHearer(q.view(), q.sequence(), qLabels, clause));
    }

    @Test
    void whatARelativeClauseOnTheSubjectSaysIsNotTheSubjectsReport() {
        TestDocuments.Parsed p = TestDocuments.of("The two officials, who asked not to be named because the plan is "
                + "still secret, said the base would close next year.");
        assertTrue(TaggerLabelRepairs.insideSubjectRelativeClause(p.view(), run(p, "secret"), run(p, "said")));
        assertFalse(TaggerLabelRepairs.insideSubjectRelativeClause(p.view(), run(p, "the base would close next year"),
                run(p, "said")));
        // a relative clause after the cue leaves the clause before it as the source's report
        TestDocuments.Parsed q = TestDocuments.of("The base will close next year, said the officials, who asked not "
                + "to be named.");
        assertFalse(TaggerLabelRepairs.insideSubjectRelativeClause(q.view(), run(q, "The base will close next year"),
                run(q, "said")));
    }

    @Test
    void aSourceStartedAtAPlaceAfterAPrepositionRunsFromTheSentencesSubject() {
        TestDocuments.Parsed p = TestDocuments.of("Passengers on a delayed ferry from Hull to Rotterdam have "
                + "complained about the food.");
        TaggedSpeech.Run place = run(p, "Rotterdam");
        TaggedSpeech.Run subject = TaggerLabelRepairs.fromSubject(p.view(), place);
        assertEquals("Passengers on a delayed ferry from Hull to Rotterdam",
                p.text().substring(p.view().token(subject.first()).span().start(),
                        p.view().token(subject.end() - 1).span().end()));
        // a verb between the sentence's start and the place keeps the run as the tagger marked it
        TestDocuments.Parsed q = TestDocuments.of("Voters stayed home in Ohio, officials in Columbus said.");
        TaggedSpeech.Run city = run(q, "Columbus");
        assertEquals(city, TaggerLabelRepairs.fromSubject(q.view(), city));
    }

    @Test
    void aSourceRunCarriedOverItsVerbIntoTheObjectEndsBeforeTheVerb() {
        TestDocuments.Parsed p = TestDocuments.of("Farmers from three valleys blocked the Mill Road bridge on Monday, "
                + "demanding lower fuel prices.");
        TaggedSpeech.Run over = run(p, "Farmers from three valleys blocked the Mill Road bridge");
        assertEquals(run(p, "Farmers from three valleys"), TaggerLabelRepairs.beforeItsVerb(p.view(), over));
        // a participle the part-of-speech tagger may read as a past tense, a relative clause: as they were
        for (String source : List.of("A survey released this week", "Those who backed the plan",
                "People briefed on the talks")) {
            TestDocuments.Parsed q = TestDocuments.of(source + " said the vote would be close.");
            TaggedSpeech.Run r = run(q, source);
            assertEquals(r, TaggerLabelRepairs.beforeItsVerb(q.view(), r), source);
        }
    }

    @Test
    void aRunFromAPrepositionsObjectOverACommaIsTheSubjectAfterTheComma() {
        TestDocuments.Parsed p = TestDocuments.of("Speaking at a dinner hosted by the chamber of commerce, Ann Holm "
                + "said the port would reopen in May.");
        TaggedSpeech.Run over = run(p, "the chamber of commerce, Ann Holm");
        assertEquals(run(p, "Ann Holm"), TaggerLabelRepairs.afterPrepositionalObject(p.view(), over));
        // an apposition to the object between them: the subject after the last comma
        TestDocuments.Parsed s = TestDocuments.of("In a letter signed by its chair, Ann Holm, the port authority "
                + "said it would reopen in May.");
        TaggedSpeech.Run letter = run(s, "its chair, Ann Holm, the port authority");
        assertEquals(run(s, "the port authority"), TaggerLabelRepairs.afterPrepositionalObject(s.view(), letter));
        // a participle after the comma, "according to" and a run not followed by a verb: as they were
        Map<String, String> kept = Map.of(
                "A forecast by the harbour board, prepared for the council, expects fewer ships next year.",
                "the harbour board, prepared for the council",
                "According to the harbour board, Ann Holm, the port would reopen in May.",
                "the harbour board, Ann Holm",
                "The crew thanked the harbour board, Ann Holm and the mayor.", "the harbour board, Ann Holm");
        kept.forEach((sentence, words) -> {
            TestDocuments.Parsed q = TestDocuments.of(sentence);
            TaggedSpeech.Run r = run(q, words);
            assertEquals(r, TaggerLabelRepairs.afterPrepositionalObject(q.view(), r), sentence);
        });
    }

    @Test
    void theAgentOfAParticipleAfterASourceIsNoSource() {
        TestDocuments.Parsed p = TestDocuments.of("Analysts surveyed by the bank expect prices to fall.");
        List<TaggedSpeech.Run> sources = List.of(run(p, "Analysts"), run(p, "the bank"));
        assertEquals(List.of(run(p, "Analysts")), TaggerLabelRepairs.withoutParticipleAgents(p.view(), sources));
        // an agent after a finite passive, and one with no source run right before its participle: kept
        TestDocuments.Parsed q = TestDocuments.of("The report was written by the bank, which expects prices to fall.");
        List<TaggedSpeech.Run> kept = List.of(run(q, "The report"), run(q, "the bank"));
        assertEquals(kept, TaggerLabelRepairs.withoutParticipleAgents(q.view(), kept));
    }

    @Test
    void aPlaceBeforeAColonOpeningTheFirstParagraphIsADatelineNotASource() {
        TestDocuments.Parsed p = TestDocuments.of("Ministry to open new clinics\n\nNew Delhi: The ministry will open "
                + "40 clinics this year, the minister told parliament.");
        assertTrue(TaggerLabelRepairs.isDateline(p.view(), paragraphAt(p, "New Delhi"), run(p, ":")));
        // a person's name before the colon is a source ("Ann Holm: the deal has collapsed")
        TestDocuments.Parsed q = TestDocuments.of("Harbour deal in doubt\n\nAnn Holm: The harbour deal has collapsed, "
                + "and nobody will say why.");
        assertFalse(TaggerLabelRepairs.isDateline(q.view(), paragraphAt(q, "Ann Holm"), run(q, ":")));
    }

    /** The paragraph that holds the words, as one sequence of the attribution tagger, without features. */
    private static TaggerSequence paragraphAt(TestDocuments.Parsed p, String words) {
        int first = run(p, words).first();
        int end = p.view().sentenceEnd(p.view().token(first).sentenceIndex());
        return new TaggerSequence(first, end, Collections.nCopies(end - first, new String[0]));
    }
}
