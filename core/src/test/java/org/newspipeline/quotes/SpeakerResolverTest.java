package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.SpeakerType;

class SpeakerResolverTest {

    /** The name a one-word phrase resolves to, with nothing found before it. */
    private static Optional<String> resolvedName(String paragraph, String word) {
        TestDocuments.Parsed p = TestDocuments.of(paragraph);
        int k = p.view().firstTokenAtOrAfter(p.text().indexOf(word));
        return new SpeakerResolver().resolve(new SpeakerPhrase(k, k + 1, k), p.view(), new SpeakerHistory(), false)
                .map(ResolvedSpeaker::name);
    }

    /** The speaker a phrase ending in its head noun resolves to (its last place in the text). */
    private static Optional<ResolvedSpeaker> phraseSpeaker(String text, String phrase) {
        TestDocuments.Parsed p = TestDocuments.of(text);
        int start = p.text().lastIndexOf(phrase);
        int first = p.view().firstTokenAtOrAfter(start);
        int end = p.view().firstTokenAtOrAfter(start + phrase.length());
        return new SpeakerResolver().resolve(new SpeakerPhrase(first, end, end - 1), p.view(), new SpeakerHistory(),
                false);
    }

    /** The name a phrase ending in its head noun resolves to (its last place in the text). */
    private static Optional<String> phraseName(String text, String phrase) {
        return phraseSpeaker(text, phrase).map(ResolvedSpeaker::name);
    }

    @Test
    void theCompanyIsTheOneOrganisationNamedBefore() {
        assertEquals(Optional.of("Norvik Air"), phraseName("Norvik Air cancelled 40 flights on Monday. The strike "
                + "will go on all week, the airline said.", "the airline"));
        assertEquals(Optional.of("Westbrook Town Council"), phraseName("Westbrook Town Council approved its budget on "
                + "Monday. Taxes will rise, the council said.", "the council"));
        assertEquals(Optional.of("Hallam Stores"), phraseName("Hallam Stores cut the price of milk on Monday. "
                + "Farmers would not lose out, the supermarket said.", "the supermarket"));
        // two organisations named: which one is meant is left open
        assertEquals(Optional.of("the company"), phraseName("Kelda Water sued Norvik Air on Monday. The claim is "
                + "without merit, the company said.", "the company"));
        // a court is no company, and it is not named
        assertEquals(Optional.of("the court"), phraseName("Kelda Water was fined on Monday. The fine is fair, the "
                + "court said.", "the court"));
    }

    @Test
    void theTeamIsTheTeamBroughtInBeforeNotTheOneOrganisationNamed() {
        assertEquals(Optional.of("the team"), phraseName("A team of divers found the wreck off the coast in May, "
                + "Norvik Air said on Monday. The ship sank in a storm in 1850, the team said.", "the team"));
        // a noun set off after the name it stands for names that organisation
        assertEquals(Optional.of("Norvik Air"), phraseName("Norvik Air, a regional airline, cancelled 40 flights on "
                + "Monday. The strike will go on all week, the airline said.", "the airline"));
    }

    @Test
    void aSchoolDistrictACollegeAndALibrarySpeakAsOrganisations() {
        assertEquals(Optional.of("the district"), phraseName("Classes will start an hour later from May. Families "
                + "will be asked again in the spring, the district said.", "the district"));
        assertEquals(Optional.of("the college"), phraseName("Tuition will rise by four percent. The increase pays for "
                + "new labs, the college said.", "the college"));
        assertEquals(Optional.of("the library"), phraseName("The reading room will close in June. Loans go on as "
                + "before, the library said.", "the library"));
    }

    @Test
    void aPlayersPositionIsARoleThatNamesThePlayer() {
        assertEquals(Optional.of("Tom Berg"), phraseName("Defender Tom Berg scored twice on Saturday. It was a great "
                + "night, the defender said.", "the defender"));
        assertEquals(Optional.of("Ann Holt"), phraseName("Ann Holt, the goalkeeper, saved a penalty. We never gave "
                + "up, the goalkeeper said.", "the goalkeeper"));
    }

    @Test
    void aRoleWrittenAsATitleBeforeOfNamesThePersonInApposition() {
        assertEquals(Optional.of("Joan Kettle"), phraseName("The Mayor of Eastbury, Joan Kettle, opened the bridge on "
                + "Monday. It was a long wait, the mayor said.", "the mayor"));
        assertEquals(Optional.of("Joan Kettle"), phraseName("The mayor of Eastbury, Joan Kettle, opened the bridge on "
                + "Monday. It was a long wait, the mayor said.", "the mayor"));
    }

    @Test
    void aPronounAfterAReportStandsForWhoReportedNotForWhomTheReportWasAbout() {
        String text = "Olav Lund died at home on Sunday, his nephew Erik Holm said in a statement. \"He loved the "
                + "sea,\" he said.";
        assertEquals(Optional.of("Erik Holm"), pronounName(text));
        // after a question the answer is most often the other's, and of a pair who spoke next is open
        assertEquals(Optional.of("Olav Lund"), pronounName("Olav Lund smiled when Erik Holm asked about the sea. "
                + "\"I loved it,\" he said."));
        assertEquals(Optional.of("Olav Lund"), pronounName("Olav Lund sold the boat, Erik Holm and Per Berg said. "
                + "\"He loved it,\" he said."));
    }

    @Test
    void theyAfterTheClauseTheyReportIsNotThatClausesSubject() {
        assertEquals(Optional.of("the researchers"), phraseName("The researchers counted 40 birds on the island. "
                + "Others probably flew in from the coast, they said.", " they "));
        // a group as the subject of the sentence before is who "they" are, as it was
        assertEquals(Optional.of("the researchers"), phraseName("The researchers counted 40 birds on the island. "
                + "They said others probably flew in from the coast.", "They "));
    }

    /** The name the last "he" of a text resolves to. */
    private static Optional<String> pronounName(String text) {
        return phraseName(text, " he ");
    }

    @Test
    void aRoleOwnedByAnotherNounIsNotThePersonNamedWithTheRoleElsewhere() {
        String text = "Campaign group Rail Watch criticised the delays. Its director, Omar Haddad, said passengers "
                + "deserved better. The station's director said trains were running again.";
        assertEquals(Optional.of("the station's director"), phraseName(text, "The station's director"));
        // named with the same owner, the role is that person again
        assertEquals(Optional.of("Omar Haddad"), phraseName("The station's director, Omar Haddad, apologised. Trains "
                + "are running again, the station's director said.", "the station's director"));
        assertEquals(Optional.of("Omar Haddad"), phraseName("On Monday, station director Omar Haddad apologised. "
                + "Trains are running again, the station's director said.", "the station's director"));
    }

    @Test
    void aRoleWithItsPlaceStandsForThePersonNamedBeforeItsFirstUse() {
        assertEquals(Optional.of("Ann Lee"), phraseName("Ann Lee won the primary in Ohio on Tuesday. It was a good "
                + "night, the Oregon senator said.", "the Oregon senator"));
        // two people named before its first use: later uses stay the description, whoever stands nearer them
        assertEquals(Optional.of("the Oregon senator"), phraseName("Ann Lee won the primary in Ohio on Tuesday, and "
                + "Tom Berg won in Utah. The Oregon senator said she would go on. Tom Berg thanked his voters. We go "
                + "on, the Oregon senator said.", "the Oregon senator"));
    }

    @Test
    void membersOfParliamentAreARoleAndARecordLabelIsAnOrganisation() {
        assertEquals(Optional.of(SpeakerType.GROUP), phraseType("Backbench MPs said the plan would fail.",
                "Backbench MPs"));
        assertEquals(Optional.of(SpeakerType.ORGANIZATION), phraseType("The band's label said the album would be "
                + "delayed.", "The band's label"));
    }

    /** The type of the speaker a phrase ending in its head noun resolves to. */
    private static Optional<SpeakerType> phraseType(String text, String phrase) {
        return phraseSpeaker(text, phrase).map(ResolvedSpeaker::type);
    }

    @Test
    void theAgencyInADatelineIsNoCompanyOfTheStory() {
        assertEquals(Optional.of("Harbour Motors"), phraseName("OSLO (Reuters) - Harbour Motors will cut 300 jobs "
                + "next year, the company said on Monday.", "the company"));
    }

    @Test
    void theStatementIsItsIssuers() {
        assertEquals(Optional.of("Kelda Water"), phraseName("Kelda Water said in a statement on Monday that bills "
                + "would rise. The increase was needed for new pipes, the statement said.", "the statement"));
        // no statement before: the writing stays the source
        assertEquals(Optional.of("the statement"), phraseName("Kelda Water raised its bills on Monday. The increase "
                + "was needed for new pipes, the statement said.", "the statement"));
    }

    @Test
    void aNounThatNamesLivingBeingsCanSpeakAndOneThatNamesThingsCannot() {
        assertEquals(Optional.of("Pharmacists"), resolvedName("The recall began on Monday. Pharmacists said they "
                + "had been flooded with calls.", "Pharmacists"));
        assertEquals(Optional.empty(), resolvedName("The recall began on Monday. Findings suggested the pills "
                + "were safe.", "Findings"));
    }

    @Test
    void oneOfAGroupNounIsAPerson() {
        TestDocuments.Parsed p = TestDocuments.of("The fund could fetch $2 billion, according to one of the people.");
        int first = p.view().firstTokenAtOrAfter(p.text().indexOf("one of"));
        int head = p.view().firstTokenAtOrAfter(p.text().indexOf("people"));
        ResolvedSpeaker s = new SpeakerResolver().resolve(new SpeakerPhrase(first, head + 1, head), p.view(),
                new SpeakerHistory(), true).orElseThrow();
        assertEquals(SpeakerType.PERSON, s.type());
    }

    @Test
    void aPossessivePronounStandsForTheNameBeforeItAsAPersonalPronounDoes() {
        String text = "Mayor Ida Berg opened the toll bridge on Monday. Critics doubted her claim that it had come in "
                + "under budget.";
        assertEquals(Optional.of("Ida Berg"), resolvedName(text, "her claim"));
        String his = "Harbour chief Tomas Lind closed the quay on Friday. Fishermen disputed his view that the wall "
                + "was unsafe.";
        assertEquals(Optional.of("Tomas Lind"), resolvedName(his, "his view"));
    }

    @Test
    void aPersonNamedBeforeAFirmSpeaksWhenTheEntityTaggerReadsOnlyTheFirmsLastWordAsAName() {
        // the entity tagger reads "Hunt" alone as a person and "Canal" as no name
        assertEquals(Optional.of("Ann Lee"), headedName("Shares rose. Retail analyst Ann Lee of Canal Hunt said the "
                + "closures were overdue.", "Retail analyst Ann Lee of Canal Hunt", "Lee"));
        // a title with "of" before the name leaves the name the speaker
        assertEquals(Optional.of("Ann Lee"), headedName("Turnout was high. Secretary of State Ann Lee said the count "
                + "was over.", "Secretary of State Ann Lee", "Lee"));
    }

    @Test
    void whoReleasedOrSignedAWritingIssuedIt() {
        assertEquals(Optional.of("the harbour board"), headedName("The quay will close in May. A statement released "
                + "by the harbour board said the work would take a year.", "A statement released by the harbour board",
                "statement"));
        // whoever obtained or saw a writing did not write it
        assertEquals(Optional.of("a memo obtained by the Courier"), headedName("The quay will close in May. A memo "
                + "obtained by the Courier said the work would take a year.", "A memo obtained by the Courier",
                "memo"));
    }

    /** The name a phrase resolves to whose head is the given word in it. */
    private static Optional<String> headedName(String text, String phrase, String head) {
        TestDocuments.Parsed p = TestDocuments.of(text);
        int start = p.text().indexOf(phrase);
        int first = p.view().firstTokenAtOrAfter(start);
        int end = p.view().firstTokenAtOrAfter(start + phrase.length());
        int k = p.view().firstTokenAtOrAfter(start + phrase.indexOf(head));
        return new SpeakerResolver().resolve(new SpeakerPhrase(first, end, k), p.view(), new SpeakerHistory(), false)
                .map(ResolvedSpeaker::name);
    }
}
