package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Quote;
import org.newspipeline.model.SpeakerType;

/** Attribution rules on small hand-written news paragraphs, through the whole pipeline. */
class QuoteAttributionTest {

    private static Article annotate(String... paragraphs) {
        return NewsPipeline.annotate(String.join("\n", paragraphs));
    }

    private static Quote quote(Article article, String text) {
        return article.quotes().stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote \"" + text + "\" in " + article.quotes()));
    }

    private static void assertSpeaker(Quote q, String name, String mention, AttributionRule rule) {
        assertTrue(q.speaker().isPresent(), "no speaker for: " + q.text());
        assertEquals(name, q.speaker().get().name(), "speaker of: " + q.text());
        assertEquals(mention, q.speakerMention().orElseThrow().text(), "mention for: " + q.text());
        assertEquals(rule, q.rule(), "rule for: " + q.text());
    }

    @Test
    void aFirstNameTheTaggerTakesForAnotherWordStillStartsTheName() {
        // "Per" is read as the preposition; the entity tagger knows it for the first word of a name
        Article a = annotate("The herring season closed early this year.",
                "\"The catch was poor from the start,\" said Per Holm, a fisherman in Nordby.");
        assertSpeaker(quote(a, "The catch was poor from the start,"), "Per Holm", "Per Holm",
                AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void quotesInStraightSingleMarksHaveTheirSpeakers() {
        Article a = annotate("The ferry to Holmsund will stop running in May, the operator said.",
                "'The boats are forty years old and we cannot insure them,' said Kari Nes, who runs the line.",
                "Passengers were angry. 'We were told nothing,' said Ola Berg.");
        assertSpeaker(quote(a, "The boats are forty years old and we cannot insure them,"), "Kari Nes", "Kari Nes",
                AttributionRule.CUE_AFTER_QUOTE);
        assertSpeaker(quote(a, "We were told nothing,"), "Ola Berg", "Ola Berg", AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void aQuoteInSingleMarksOverTwoParagraphsHasOneSpeaker() {
        Article a = annotate("The ferry to Holmsund will stop running in May.",
                "Its owner, Kari Nes, said: 'The boats are forty years old. We cannot insure them.",
                "'I am sorry for the islanders, but there is nothing more we can do.'");
        assertEquals("Kari Nes", quote(a, "The boats are forty years old. We cannot insure them.").speaker()
                .orElseThrow().name());
        assertEquals("Kari Nes", quote(a, "I am sorry for the islanders, but there is nothing more we can do.")
                .speaker().orElseThrow().name());
    }

    @Test
    void aPronounFollowsAChainOfTheSamePronounFartherBack() {
        Article a = annotate("The old mill by the river reopened as a bakery last spring.",
                "Jonas Vik, 41, moved to the town from the coast in 2019. He had never baked bread before.",
                "He learned from videos. He burned the first hundred loaves. He kept going anyway.",
                "Soon he found a supplier of rye. He hired two students. He opened on a Saturday.",
                "Then he ran out of flour by noon.",
                "\"I had no idea how many people would come,\" he said.");
        assertEquals("Jonas Vik", quote(a, "I had no idea how many people would come,").speaker().orElseThrow()
                .name());
    }

    @Test
    void whoWasToldSomethingIsNotWhoSaysTheQuoteAfterIt() {
        Article a = annotate("Families on Mill Lane were told to leave their homes on Friday as the river rose.",
                "\"Please go now, while the roads are still open.\"",
                "Mayor Ann Holm said the pumps would arrive on Saturday.",
                "\"We have asked for six.\"");
        assertTrue(quote(a, "Please go now, while the roads are still open.").speaker().isEmpty());
        assertEquals("Ann Holm", quote(a, "We have asked for six.").speaker().orElseThrow().name());
    }

    @Test
    void aCreditAfterADashMayGoOnAfterAComma() {
        Article a = annotate("The storm reached the coast of Holmsund on Friday night.",
                "\"We will get through this together.\" \u2014 Mayor Tove Dahl, in a message to residents");
        assertEquals("Tove Dahl", quote(a, "We will get through this together.").speaker().orElseThrow().name());
    }

    @Test
    void aQuoteSplitBySpeakerAndAppositionHasOneSpeaker() {
        Article a = annotate("The ferry to Holmsund will stop running in May.",
                "\"The danger,\" said Ola Berg, an economist at the university in Nordby, \"is that the island "
                        + "empties.\"");
        assertSpeaker(quote(a, "is that the island empties."), "Ola Berg", "Ola Berg",
                AttributionRule.CUE_BEFORE_QUOTE);
    }

    @Test
    void aWordForKinTellsTheGenderOfWhomItNames() {
        Article a = annotate("Mayor Tom Berg opened the new bridge over the fjord on Monday.",
                "His wife, who cut the ribbon, said the town had waited twenty years for it.",
                "\"We will never forget this day,\" he said.");
        assertEquals("Tom Berg", quote(a, "We will never forget this day,").speaker().orElseThrow().name());
    }

    /** The attribution whose text holds {@code words}; fails when there is none. */
    private static Attribution attributionWith(Article a, String words) {
        return a.attributions().stream().filter(x -> x.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError(a.attributions().toString()));
    }

    /** The source's words of the attribution whose text holds {@code words}, or "" when it has none. */
    private static String sourceOfAttributionWith(Article a, String words) {
        return attributionWith(a, words).source().map(m -> m.text()).orElse("");
    }

    /** The speaker's name of the attribution whose text holds {@code words}; fails when it has none. */
    private static String speakerOfAttributionWith(Article a, String words) {
        Attribution found = attributionWith(a, words);
        return found.speaker().orElseThrow(() -> new AssertionError(found.toString())).name();
    }

    @Test
    void anAgeBetweenCommasBeforeARelativeClauseKeepsTheNameItDescribes() {
        Article a = annotate("Novelist Grace Holm has won the Harlow Prize for her first book.",
                "Holm, 38, who worked on the ferries for ten years before she began writing, said she was \"stunned\""
                        + " by the news.");
        assertEquals("Grace Holm", speakerOfAttributionWith(a, "stunned"));
    }

    @Test
    void aRoleTiedToANamedBodyIsNotThePersonANounBeforeTheRoleNarrowed() {
        Article a = annotate("The leader of Westford City Council has quit after admitting that he claimed expenses "
                + "for trips he never made.",
                "Opposition group leader Ann Lee said the council's rules had failed.");
        Attribution admitting = attributionWith(a, "expenses");
        assertTrue(admitting.speaker().map(s -> !s.name().equals("Ann Lee")).orElse(true), admitting.toString());
        assertEquals("Ann Lee", speakerOfAttributionWith(a, "rules had failed"));
    }

    @Test
    void aSourceInsideARelativeClauseOnTheSubjectIsTheSubject() {
        Article a = annotate("The city will ban diesel vans from the old town from next spring.",
                "Delivery firms, which are not covered by the council's grant scheme, fear that the rule will push"
                        + " up their costs.");
        assertEquals("Delivery firms", sourceOfAttributionWith(a, "push up their costs"));
    }

    @Test
    void theCompanyIsTheOrganisationTheTextHasJustCalledACompany() {
        Article a = annotate("Boiler startup raises money",
                "Quellora, a Leeds-based startup that makes boilers for narrow terraced houses, has raised money in a"
                        + " round led by Harbour Capital Partners, the company said on Monday.");
        assertEquals("Quellora", speakerOfAttributionWith(a, "has raised money"));
    }

    @Test
    void theSubjectFoundForAParticipleLeavesTheDatelineOut() {
        Article a = annotate("Farmers reject new water charge",
                "TAMWORTH — Cotton growers on Tuesday rejected a new charge for river water, saying it would force"
                        + " small farms out of business.");
        assertEquals("Cotton growers", sourceOfAttributionWith(a, "small farms out of business"));
    }

    @Test
    void theSubjectAfterAWireDatelineReportsForItsParticiples() {
        Article a = annotate("Ferry startup unveils quiet boat",
                "Bergen, May 4 (Nordwire) - Harbour startup Quellvik on Tuesday unveiled a ferry that runs on"
                        + " batteries, saying that commuters will pay more for a quiet crossing.");
        assertEquals("Harbour startup Quellvik", sourceOfAttributionWith(a, "commuters will pay more"));
        Article b = annotate("Minister visits flood towns",
                "HALDEN - Transport Minister Ann Lee on Monday toured three towns hit by the floods, praising the"
                        + " volunteers and accusing the rail company of leaving commuters stranded for days.");
        assertEquals("Transport Minister Ann Lee", sourceOfAttributionWith(b, "of leaving commuters stranded"));
    }

    @Test
    void aNameAfterATitlesBranchInBracketsIsTheSpeaker() {
        Article a = annotate("Fines for blocking junctions",
                "\"Fines will be sent to the registered owner,\" said Deputy Commissioner of Police (North) Ravi"
                        + " Menon.");
        Quote q = quote(a, "Fines will be sent to the registered owner,");
        assertEquals("Ravi Menon", q.speaker().map(s -> s.name()).orElse(""), q.toString());
    }

    @Test
    void aPlaceBeforeARoleIsNotTheSpeakersName() {
        Article a = annotate("Senators split over water bill",
                "Ann Lee and Tom Berg spoke against the water bill on Monday.",
                "The Oregon senator said she would vote against it unless farmers were given more time.");
        assertEquals("the Oregon senator", speakerOfAttributionWith(a, "she would vote against it"));
    }

    @Test
    void aWordJoinedByHyphensIsOneWordOfTheSpeakersPhrase() {
        Article a = annotate("Families wait for buses",
                "\"We waited three hours in the rain,\" said mother-of-two Ruth Okafor.");
        Quote q = quote(a, "We waited three hours in the rain,");
        assertEquals("Ruth Okafor", q.speaker().map(s -> s.name()).orElse(""), q.toString());
    }

    @Test
    void whyASourceSpokeAnonymouslyIsNotWhatItSaid() {
        Article a = annotate("Regulator set to fine ferry firm",
                "The regulator found that the firm had made the accounts public by default, the people said, speaking"
                        + " on condition of anonymity because the decision is not yet public.");
        assertEquals("the people", speakerOfAttributionWith(a, "made the accounts public"));
        assertTrue(a.attributions().stream().noneMatch(x -> x.text().contains("the decision is not yet public")),
                a.attributions().toString());
    }

    @Test
    void theSubjectOfTheClauseAfterButIsItsCuesSource() {
        Article a = annotate("Nurses cautious on new hiring rules",
                "The Canadian Nurses Association welcomed the announcement, but its president, Sylvie Gagnon,"
                        + " cautioned that recruitment alone would not fix burnout.");
        assertEquals("Sylvie Gagnon", speakerOfAttributionWith(a, "recruitment alone would not fix burnout"));
    }

    @Test
    void aNameAfterARelativeClauseNamesThePhraseBeforeTheClause() {
        Article a = annotate("Savers lose out as bank fails",
                "\"I lost everything I had put by for my grandchildren,\" one customer, who asked to be identified"
                        + " only by her first name, Marta, told the Courier.");
        Quote q = quote(a, "I lost everything I had put by for my grandchildren,");
        assertEquals("Marta", q.speaker().map(s -> s.name()).orElse(""), q.toString());
    }

    @Test
    void aParticipleAfterASourceSetOffByCommasReportsForThatSource() {
        Article a = annotate("Bus fares to rise",
                "Bus fares in the county will rise by a fifth in April, the transport authority announced on Monday,"
                        + " saying fuel and wage costs had doubled since last spring.");
        assertEquals("the transport authority", speakerOfAttributionWith(a, "will rise by a fifth"));
        assertEquals("the transport authority", speakerOfAttributionWith(a, "costs had doubled"));
    }

    @Test
    void whoIsCitedAfterAccordingToIsTheSourceNotAContent() {
        Article a = annotate("Electric bike sales double",
                "More electric bikes than scooters were sold in the region last year, according to new figures from"
                        + " the cycling trade body, a milestone that campaigners hailed as a turning point.");
        assertEquals("new figures from the cycling trade body", sourceOfAttributionWith(a, "were sold in the region"));
    }

    @Test
    void aCapitalisedWordAfterAKindOfOrganisationNamesTheOrganisation() {
        Article a = annotate("Rents reach a record",
                "Housing charity Threshold said it was seeing more families at risk of losing their homes.");
        Attribution seeing = attributionWith(a, "more families at risk");
        assertEquals(SpeakerType.ORGANIZATION, seeing.speaker().map(s -> s.type()).orElse(SpeakerType.OTHER),
                seeing.toString());
    }

    @Test
    void whereAPersonIsFromBetweenCommasKeepsTheNameBeforeIt() {
        Article a = annotate("Lorry drivers blocked the ring road on Monday in a protest over fuel prices.",
                "Ola Berg, 52, from Doncaster, who runs six lorries, said he had joined the protest \"because nobody "
                        + "listens\" to drivers.");
        assertEquals("Ola Berg", speakerOfAttributionWith(a, "nobody"));
    }

    @Test
    void theStatementIsWhatTheSentenceBeforeReported() {
        Article a = annotate("Fjordline Ferries was fined on Monday for late sailings.",
                "Fjordline Ferries said it would appeal against the fine. The statement added: \"Our crews did "
                        + "everything they could in the storm.\"");
        assertEquals("Fjordline Ferries", quote(a, "Our crews did everything they could in the storm.").speaker()
                .orElseThrow().name());
    }

    @Test
    void anAdverbSetOffByCommasBeforeARelativeClauseKeepsTheSubject() {
        Article a = annotate("The harbour board backed the new quay on Monday.",
                "Ola Berg, meanwhile, who sits on the board, said the plan was \"far too expensive for a town "
                        + "this size.\"");
        assertEquals("Ola Berg", quote(a, "far too expensive for a town this size.").speaker().orElseThrow()
                .name());
    }

    @Test
    void aNameAfterTheOneWhoSpeaksNamesThem() {
        Article a = annotate("The ferry to Holmsund will stop running in May, the operator said.",
                "\"We were told nothing,\" said a neighbour, Ola Berg.",
                "\"It is a disgrace,\" said one of the passengers, Eva Lund.",
                "\"Nobody asked us,\" said one of them, Lars Vik.",
                "\"It is a scandal,\" one of them, Per Moen, said.");
        assertSpeaker(quote(a, "We were told nothing,"), "Ola Berg", "neighbour", AttributionRule.CUE_AFTER_QUOTE);
        assertSpeaker(quote(a, "It is a disgrace,"), "Eva Lund", "one of the passengers",
                AttributionRule.CUE_AFTER_QUOTE);
        assertSpeaker(quote(a, "Nobody asked us,"), "Lars Vik", "one of them", AttributionRule.CUE_AFTER_QUOTE);
        assertEquals("Per Moen", quote(a, "It is a scandal,").speaker().orElseThrow().name());
    }

    @Test
    void aDescriptionThatEndsInANameAfterOneOfThemNamesThePerson() {
        Article a = annotate("Dozens of tenants came to the hearing on the rent rise.",
                "One of them, retired nurse Eva Lund, said the rent had doubled in two years, \"and nobody asked us\".");
        assertEquals("Eva Lund", quote(a, "and nobody asked us").speaker().orElseThrow().name());
    }

    @Test
    void oneOfAGroupIsAPerson() {
        Article a = annotate("The ferry to Holmsund will stop running in May, the operator said.",
                "\"It is a disgrace,\" said one of the passengers.");
        assertEquals(SpeakerType.PERSON, quote(a, "It is a disgrace,").speaker().orElseThrow().type());
    }

    @Test
    void aPhraseHangingOnOneOfAGroupIsTheWholePhrase() {
        Article a = annotate("Chief Inspector Dana Holt said the driver had been arrested at his home.",
                "The father of one of the pupils said his son had just started at the school.",
                "\"I keep thinking about what could have happened,\" he said.");
        Quote q = quote(a, "I keep thinking about what could have happened,");
        assertEquals("the father of one of the pupils", q.speaker().orElseThrow().name());
    }

    @Test
    void ofTwoVerbsWithOneSubjectTheNearerReportsTheQuote() {
        Article a = annotate("The harbour board met on Monday evening.",
                "Its chairman, Ingrid Moe, thanked the pilots for \"a hard winter\" and said the new crane would "
                        + "arrive \"before the summer\".");
        assertEquals("thanked", a.textOf(quote(a, "a hard winter").cue().orElseThrow()));
        assertEquals("said", a.textOf(quote(a, "before the summer").cue().orElseThrow()));
        assertEquals("Ingrid Moe", quote(a, "before the summer").speaker().orElseThrow().name());
    }

    @Test
    void nameThenCueAfterTheQuote() {
        Article a = annotate("The port will reopen next week after repairs to the main crane were finished.",
                "\"We are ready to work again,\" Peter Olsen said on Friday.");
        assertSpeaker(quote(a, "We are ready to work again,"), "Peter Olsen", "Peter Olsen",
                AttributionRule.CUE_AFTER_QUOTE);
        assertEquals("said", a.textOf(quote(a, "We are ready to work again,").cue().orElseThrow()));
    }

    @Test
    void cueThenNameAfterTheQuoteWithApposition() {
        Article a = annotate("The museum will open a new wing for modern art in the summer of next year.",
                "\"It doubles our space,\" said Clara Mendes, the museum's director.");
        assertSpeaker(quote(a, "It doubles our space,"), "Clara Mendes", "Clara Mendes",
                AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void colonIntroducer() {
        Article a = annotate("The union has called a strike at the plant for the first time in a decade.",
                "Union leader Frank Moss said: \"We have no other choice left.\"");
        assertSpeaker(quote(a, "We have no other choice left."), "Frank Moss", "Union leader Frank Moss",
                AttributionRule.CUE_BEFORE_QUOTE);
    }

    @Test
    void accordingTo() {
        Article a = annotate("The company lost money for the third year in a row, its accounts show.",
                "The results were \"deeply disappointing\", according to Helen Park, the chief executive.");
        assertSpeaker(quote(a, "deeply disappointing"), "Helen Park", "Helen Park", AttributionRule.ACCORDING_TO);
    }

    @Test
    void accordingToAnyNounNamesTheSpeaker() {
        Article a = annotate("Talks between the ferry company and its crews resumed on Monday.",
                "\"Nobody expects a deal this week,\" according to a person close to the negotiations.");
        Quote q = quote(a, "Nobody expects a deal this week,");
        assertTrue(q.speaker().isPresent(), a.quotes().toString());
        assertEquals(AttributionRule.ACCORDING_TO, q.rule());
        assertEquals(SpeakerType.PERSON, q.speaker().get().type());
    }

    @Test
    void pronounResolvesToThePrecedingSpeakerAndIsNeverTheName() {
        Article a = annotate("Senator Laura Diaz criticised the budget in a speech on Tuesday evening.",
                "\"This plan fails working families,\" she told supporters in the capital.");
        Quote q = quote(a, "This plan fails working families,");
        assertSpeaker(q, "Laura Diaz", "she", AttributionRule.CUE_AFTER_QUOTE);
        assertEquals(SpeakerType.PERSON, q.speaker().orElseThrow().type());
    }

    @Test
    void aPronounThatReportsTwiceInASentenceNamesOneSpeaker() {
        Article a = annotate("Tom Berg spoke to reporters after the council vote on Thursday.",
                "He said Carl Voss had broken his word, which he called \"a disgrace to the whole town\".");
        assertSpeaker(quote(a, "a disgrace to the whole town"), "Tom Berg", "he", AttributionRule.CUE_BEFORE_QUOTE);
    }

    @Test
    void aPronounStandsForThePersonANameBeforeThemOnlyQualifies() {
        Article a = annotate("The league's leaders lost 2-1 at home on Saturday.",
                "Former Westbrook defender Tom Hale watched from the stand.",
                "\"They played without fear,\" he said.");
        assertSpeaker(quote(a, "They played without fear,"), "Tom Hale", "he", AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void aNameOfNoKnownGenderThatQualifiesAPersonsNameIsNoOneAPronounStandsFor() {
        // the entity tagger reads the town as a person; the first name's usual gender is not the pronoun's
        Article a = annotate("Dunmore resident Kerry Lund said the river burst its banks before dawn.",
                "\"We lost the car and the kitchen,\" she said.");
        Quote q = quote(a, "We lost the car and the kitchen,");
        assertTrue(q.speaker().map(s -> !s.name().equals("Dunmore")).orElse(true), q.toString());
    }

    @Test
    void aQuoteParagraphWithoutACueIsThePersonThatTheParagraphBeforeIsAbout() {
        Article a = annotate("The baker who cycled to every village in the county",
                "Last spring Marta Quill loaded forty loaves onto a trailer and rode out of Hollow End at dawn.",
                "By the autumn she had visited all 212 villages, sleeping in barns and church halls.",
                "\"Some days the bread was gone by ten. Other days I gave it to the ducks.\"",
                "The tour ended where it began, at her shop on the green.",
                "\"We will not close the shop on Sundays.\"");
        assertSpeaker(quote(a, "Some days the bread was gone by ten. Other days I gave it to the ducks."),
                "Marta Quill", "she", AttributionRule.CONTINUATION);
        // a paragraph about no person leaves the quote after it without a speaker
        assertTrue(quote(a, "We will not close the shop on Sundays.").speaker().isEmpty(), a.quotes().toString());
    }

    @Test
    void aQuoteParagraphWithoutACueCanTakeThePersonAnEarlierSentenceOfTheParagraphBeforeIsAbout() {
        Article a = annotate("The lighthouse keeper's last winter",
                "\"Most nights nothing happens,\" Ewan Tully says.",
                "Tully, 71, took over the light from his father in 1979. In those years the lamp burned paraffin.",
                "\"My father trusted the lamp more than the forecast. He was usually right.\"");
        assertSpeaker(quote(a, "My father trusted the lamp more than the forecast. He was usually right."),
                "Ewan Tully", "Tully", AttributionRule.CONTINUATION);
    }

    @Test
    void anyVerbBeforeAColonIsTheCueAndAClauseAfterAReportingVerbEndsItsReach() {
        Article a = annotate("The coach was asked about the reports after training on Friday.",
                "Asked whether he read what the pundits wrote, Ivo Lind grinned: \"Only the kind ones.\"",
                "Mona Lie shrugged: \"We will see on Sunday.\"");
        assertSpeaker(quote(a, "Only the kind ones."), "Ivo Lind", "Ivo Lind", AttributionRule.CUE_BEFORE_QUOTE);
        assertSpeaker(quote(a, "We will see on Sunday."), "Mona Lie", "Mona Lie", AttributionRule.CUE_BEFORE_QUOTE);
    }

    @Test
    void aParticipleBeforeARoleIsPartOfTheSpeakersTitle() {
        Article a = annotate("Plans for a tower beside the station were approved on Wednesday.",
                "\"The town needs homes,\" said Kelda Homes managing director Ann Lee.");
        assertSpeaker(quote(a, "The town needs homes,"), "Ann Lee", "Kelda Homes managing director Ann Lee",
                AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void aModifierReadAsAVerbAfterAnInvertedCueStaysInTheSpeakersPhrase() {
        Article a = annotate("Ice shelves are thinning faster than expected, a new study finds.",
                "\"The speed of the loss took us by surprise,\" said lead author Dr Ann Lee. \"We checked it twice.\"");
        assertSpeaker(quote(a, "The speed of the loss took us by surprise,"), "Ann Lee", "lead author Dr Ann Lee",
                AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void anOrganisationNamedAfterItsNounIsTheSpeakerWhenTheEntityTaggerMissesTheName() {
        Article a = annotate("Ministers plan new limits on the price of hearing aids.",
                "The industry's main lobbying group, VoxaTrade, said in a statement that the plan was \"unworkable\".");
        Quote q = quote(a, "unworkable");
        assertTrue(q.speaker().isPresent(), "no speaker");
        assertEquals("VoxaTrade", q.speaker().get().name());
        assertEquals(SpeakerType.ORGANIZATION, q.speaker().get().type());
    }

    @Test
    void anOrganisationNameWhoseLastWordIsReadAsAPluralNounIsStillTheName() {
        Article a = annotate("The strike at the container port entered its second day on Tuesday.",
                "\"We remain open to talks,\" the port operator, Eastmere Terminals, said in a statement.");
        Quote q = quote(a, "We remain open to talks,");
        assertEquals("Eastmere Terminals", q.speaker().orElseThrow().name());
        assertEquals(SpeakerType.ORGANIZATION, q.speaker().get().type());
    }

    @Test
    void organisationAndItsPronoun() {
        Article a = annotate("The transport ministry said it would review the contract for the new trains.",
                "\"No decision has been taken yet,\" it said in a statement.");
        Quote q = quote(a, "No decision has been taken yet,");
        assertSpeaker(q, "the transport ministry", "it", AttributionRule.CUE_AFTER_QUOTE);
        assertEquals(SpeakerType.ORGANIZATION, q.speaker().orElseThrow().type());
    }

    @Test
    void groupAsSpeakerOfAPartialQuoteInReportedSpeech() {
        Article a = annotate("Talks between the two sides ended on Sunday without an agreement on prices.",
                "European officials said the offer was \"not serious enough\" to continue.");
        Quote q = quote(a, "not serious enough");
        assertSpeaker(q, "European officials", "European officials", AttributionRule.REPORTED_SPEECH);
        assertEquals(SpeakerType.GROUP, q.speaker().orElseThrow().type());
    }

    @Test
    void nominalSpeakerWithoutAName() {
        Article a = annotate("The airline cancelled dozens of flights because of the storm on Monday.",
                "\"Safety comes first,\" a spokeswoman said.");
        assertSpeaker(quote(a, "Safety comes first,"), "a spokeswoman", "spokeswoman",
                AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void quoteParagraphContinuesThePreviousSpeaker() {
        Article a = annotate("\"We will rebuild the school,\" said Mayor Ian Holt on Monday.",
                "\"The children deserve nothing less.\"");
        Quote q = quote(a, "The children deserve nothing less.");
        assertEquals("Ian Holt", q.speaker().orElseThrow().name());
        assertEquals(AttributionRule.CONTINUATION, q.rule());
    }

    @Test
    void quotationOverSeveralParagraphsHasOneSpeaker() {
        Article a = annotate("\"The first part of the statement is long.",
                "\"The second part goes on,\" Anna Berg said.");
        assertEquals("Anna Berg", quote(a, "The first part of the statement is long.").speaker().orElseThrow().name());
        assertEquals("Anna Berg", quote(a, "The second part goes on,").speaker().orElseThrow().name());
    }

    @Test
    void scareQuotesAndTitlesWithoutACueGetNoSpeaker() {
        Article a = annotate("The film \"Summer Roads\" opened in cinemas across the country on Friday night.");
        assertTrue(quote(a, "Summer Roads").speaker().isEmpty());
        assertEquals(AttributionRule.NONE, quote(a, "Summer Roads").rule());
    }

    @Test
    void unresolvablePronounGivesNoSpeaker() {
        Article a = annotate("\"It is over,\" he said.");
        assertTrue(quote(a, "It is over,").speaker().isEmpty());
    }

    @Test
    void speakersGroupTheirMentionsAndQuotes() {
        Article a = annotate("\"Prices will fall,\" said Maria Costa, the bank's economist.",
                "\"Not this year, though,\" she added.");
        assertEquals(1, a.speakers().size());
        assertEquals(List.of(0, 1), a.speakers().get(0).quoteIndices());
        assertEquals(2, a.speakers().get(0).mentions().size());
        assertEquals(a.quotes(), a.quotesBy(a.speakers().get(0)));
    }

    @Test
    void transcriptLabelNamesTheSpeakerOfEachTurn() {
        Article a = annotate("Senator Mark Ellis spoke to the host Jane Cole on Sunday about the budget.",
                "\"COLE: Will you vote for the plan?",
                "\"ELLIS: Not in its present form.\"");
        assertSpeaker(quote(a, "COLE: Will you vote for the plan?"), "Jane Cole", "COLE",
                AttributionRule.TRANSCRIPT_LABEL);
        assertSpeaker(quote(a, "ELLIS: Not in its present form."), "Mark Ellis", "ELLIS",
                AttributionRule.TRANSCRIPT_LABEL);
    }

    @Test
    void creditLineAfterAReaderQuote() {
        Article a = annotate("Readers told us what they thought of the debate on Monday night.",
                "\"He never answered a single question.\" \u2015 Laura Ortiz",
                "More than two thousand readers wrote to us in the hours after the debate had ended.");
        assertSpeaker(quote(a, "He never answered a single question."), "Laura Ortiz", "Laura Ortiz",
                AttributionRule.CREDIT_LINE);
    }

    @Test
    void creditLineAsAParagraphOfItsOwnAfterTheQuote() {
        Article a = annotate("We checked three claims from the mayoral debate on Tuesday.",
                "\"The harbour has lost half of its jobs since I was a boy.\"",
                "- Laura Ortiz.",
                "The figure is close: the port authority counts 41 percent fewer jobs than in 1990.");
        assertSpeaker(quote(a, "The harbour has lost half of its jobs since I was a boy."), "Laura Ortiz",
                "Laura Ortiz", AttributionRule.CREDIT_LINE);
    }

    @Test
    void anyVerbThatEndsTheClauseAfterANameIsTheCue() {
        Article a = annotate("The two candidates for mayor met for a last debate in the town hall on Thursday.",
                "\"You closed the library and called it a saving,\" Olav Rud shot back.",
                "\"The library was empty,\" Mona Lie retorted.");
        assertSpeaker(quote(a, "You closed the library and called it a saving,"), "Olav Rud", "Olav Rud",
                AttributionRule.CUE_AFTER_QUOTE);
        assertSpeaker(quote(a, "The library was empty,"), "Mona Lie", "Mona Lie", AttributionRule.CUE_AFTER_QUOTE);
    }

    @Test
    void colonAtTheEndOfTheParagraphBeforeIntroducesTheQuote() {
        Article a = annotate("The governor, Ruth Banks, wrote to the council on Friday:",
                "\"The bridge must be repaired before the winter comes.\"");
        assertSpeaker(quote(a, "The bridge must be repaired before the winter comes."), "Ruth Banks", "governor",
                AttributionRule.COLON_PARAGRAPH);
    }

    @Test
    void attributionClauseLaterInTheSentence() {
        Article a = annotate("A worker who \"takes a few dollars\" is fired at once, Ellen Ward said.");
        assertSpeaker(quote(a, "takes a few dollars"), "Ellen Ward", "Ellen Ward", AttributionRule.TRAILING_CLAUSE);
    }

    @Test
    void headlineSpeakerBeforeAColon() {
        Article a = annotate("Tom Hardy: Voters Are \u2018Tired of Waiting\u2019",
                "The candidate spoke to supporters in Leeds on Tuesday evening about the housing plan.");
        assertSpeaker(quote(a, "Tired of Waiting"), "Tom Hardy", "Tom Hardy", AttributionRule.HEADLINE_COLON);
    }

    @Test
    void aHeadlineThatRepeatsAQuoteTakesItsSpeaker() {
        Article a = annotate("\u2018We lost every boat we had in one night\u2019: fishermen count cost of storm",
                "Fishermen in Carrick Bay are counting the cost after Sunday's storm wrecked the harbour.",
                "\u201cWe lost every boat we had in one night, and nobody warned us,\u201d said Dougie Rae, who has "
                        + "fished there for forty years.");
        assertSpeaker(quote(a, "We lost every boat we had in one night"), "Dougie Rae", "Dougie Rae",
                AttributionRule.REPEATED_QUOTE);
    }

    @Test
    void aShortPhraseTwoQuotesShareIsNoRepetition() {
        Article a = annotate("Campaign slogans",
                "Under the banner \"Build it now\", thousands marched through the city on Monday.",
                "\"We will build it now, not in ten years,\" said Mayor Ilse Brandt.");
        assertTrue(quote(a, "Build it now").speaker().isEmpty());
    }

    @Test
    void theObjectOfAPrepositionBeforeTheCueIsNoSpeaker() {
        Article a = annotate("Campaign slogans",
                "Posters across the city read \"Build it now\" on Monday morning.");
        assertTrue(quote(a, "Build it now").speaker().isEmpty(), a.quotes().toString());
    }

    @Test
    void showTitleAfterAPrepositionGetsNoSpeakerEvenBeforeACue() {
        Article a = annotate("On \"Morning Report,\" Governor Ruth Banks said the bridge would reopen in May.");
        assertTrue(quote(a, "Morning Report,").speaker().isEmpty());
    }

    @Test
    void quoteInsideANounPhraseIsNotAttributedToTheWordsAfterIt() {
        Article a = annotate("As the \"Clean Air\" movement continues to grow, the city plans new bus lanes.");
        assertTrue(quote(a, "Clean Air").speaker().isEmpty());
    }

    @Test
    void participleAfterTheQuoteTakesTheSentenceSubjectNotItsObject() {
        Article a = annotate("Mayor Ian Holt called the vote \"fantastic,\" telling reporters that work starts soon.");
        assertEquals("Ian Holt", quote(a, "fantastic,").speaker().orElseThrow().name());
    }

    @Test
    void accordingToOutranksTheCueNextToTheQuote() {
        Article a = annotate("\"We will not close the plant,\" the manager told workers, according to the Daily Courier.");
        assertSpeaker(quote(a, "We will not close the plant,"), "Daily Courier", "Daily Courier",
                AttributionRule.ACCORDING_TO);
    }

    @Test
    void secondQuoteAfterTheAttributionContinuesTheSameVoice() {
        Article a = annotate("\"The budget is too small,\" said Ann Kerr, who has led the union since 2010. "
                + "\"We will keep asking for more.\"");
        Quote second = quote(a, "We will keep asking for more.");
        assertEquals("Ann Kerr", second.speaker().orElseThrow().name());
        assertEquals(AttributionRule.CONTINUATION, second.rule());
    }

    @Test
    void aPlaceTheEntityTaggerReadsAsAPersonAfterInIsNoAntecedent() {
        Article a = annotate("Premier rules out snap election",
                "The premier has ruled out calling an early general election.",
                "Speaking in Cork on Saturday, he said there was \"a lot of work still to do\" on housing and health.");
        assertTrue(quote(a, "a lot of work still to do").speaker().map(s -> !s.name().equals("Cork")).orElse(true),
                a.quotes().toString());
    }

    @Test
    void aGroupWithWhereItIsStillNamesTheGroup() {
        Article a = annotate("Bus drivers across the northern valleys are warning that routes could close next year.");
        assertEquals("Bus drivers across the northern valleys",
                speakerOfAttributionWith(a, "routes could close next year"));
        // a noun for people that no word list of roles or groups holds, before a place the entity tagger names
        Article b = annotate("Independent bakers across the north-west say the price of bread could rise by a fifth.");
        assertEquals("Independent bakers across the north-west",
                speakerOfAttributionWith(b, "the price of bread could rise by a fifth"));
    }

    @Test
    void aTimeBetweenTheSpeakerAndTheVerbIsSkipped() {
        Article a = annotate("Governor Ruth Banks later Thursday told reporters: \"The bridge opens in May.\"");
        assertSpeaker(quote(a, "The bridge opens in May."), "Ruth Banks", "Governor Ruth Banks",
                AttributionRule.CUE_BEFORE_QUOTE);
    }

    @Test
    void guillemetsAndLowMarksAreAttributedLikeCurlyMarksWithOffsetsIntoTheInput() {
        String text = "The ferry service to the islands will stop for the winter, the operator said.\n"
                + "\u00ab We cannot sail safely in these storms \u00bb, said Anna Berg, the operator's chief.\n"
                + "\u201eThe islanders will have a helicopter instead,\u201c said Tomas Lind, the mayor.";
        Article a = NewsPipeline.annotate(text);
        Quote guillemets = quote(a, "We cannot sail safely in these storms");
        assertSpeaker(guillemets, "Anna Berg", "Anna Berg", AttributionRule.CUE_AFTER_QUOTE);
        assertEquals(guillemets.text(), guillemets.span().of(text));
        Quote low = quote(a, "The islanders will have a helicopter instead,");
        assertSpeaker(low, "Tomas Lind", "Tomas Lind", AttributionRule.CUE_AFTER_QUOTE);
        assertEquals(low.text(), low.span().of(text));
    }
}
