package org.newspipeline.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Article;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Sentence;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.TextNormalizer;
import org.newspipeline.pipeline.Token;
import org.newspipeline.quotes.Lexicon;

class EntityGrouperTest {

    /** The type of the one entity of the article with that name; fails when there is none or more than one. */
    private static EntityType typeOfTheOneEntityNamed(Article a, String name) {
        List<Entity> named = a.entities().stream().filter(e -> e.name().equals(name)).toList();
        assertEquals(1, named.size(), a.entities().toString());
        return named.get(0).type();
    }

    /** The names of the article's people, in order of first mention. */
    private static List<String> personNames(Article a) {
        return a.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
    }

    @Test
    void aRoleNounTheTaggerTakesIntoANameIsNoPartOfIt() {
        Article a = NewsPipeline.annotate(String.join("\n", "Village school faces review",
                "Headteacher Joan McBride believes the school is the heart of the community.",
                "McBride said the review had come as a shock."));
        List<String> people = personNames(a);
        assertEquals(List.of("Joan McBride"), people);
    }

    @Test
    void twoPeopleATitleCaseHeadlineRunsTogetherWithItsVerbAreTwoPeople() {
        // the entity tagger reads "Holt Compares Peters" as one person's name
        Article a = NewsPipeline.annotate(String.join("\n", "Holt Compares Peters With Old Rival.",
                "Ann Holt compares her rival with a man she beat in 2010.",
                "\"He is no different,\" Holt said of Tom Peters."));
        List<String> people = personNames(a);
        assertEquals(List.of("Ann Holt", "Tom Peters"), people);
    }

    @Test
    void aFirstNameInsideAHeadlinesNameJoinsNothing() {
        // as tagged by hand: the tagger reads the whole name as one person's; the text also names a Mary alone
        Linguistics ling = tagged("Mary_NNP_PERSON Ann_NNP_PERSON Holt_NNP_PERSON Wins_VBZ_O Seat_NNP_O In_IN_O "
                + "Close_NNP_O Vote_NNP_O ._._O", "Mary_NNP_PERSON thanked_VBD_O Holt_NNP_PERSON ._._O");
        List<String> people = grouper().apply(ling).entities().stream().map(Entity::name).toList();
        assertEquals(List.of("Mary Ann Holt"), people);
        // the same with a word that is no name in the middle is two people
        Linguistics two = tagged("Mary_NNP_PERSON Backs_NNP_PERSON Holt_NNP_PERSON In_IN_O Close_NNP_O Vote_NNP_O "
                + "._._O", "Mary_NNP_PERSON thanked_VBD_O Ann_NNP_PERSON Holt_NNP_PERSON ._._O");
        assertEquals(List.of("Mary", "Ann Holt"), grouper().apply(two).entities().stream().map(Entity::name).toList());
    }

    private static EntityGrouper grouper() {
        Lexicon lexicon = Lexicon.english();
        return new EntityGrouper(ConfigResources.wordSet("titles.txt"), lexicon.roleNouns(), lexicon.orgNouns(),
                ConfigResources.wordSet("company-name-endings.txt"), lexicon.genderedWords(), NameGenders.load());
    }

    /** Sentences of tokens written "word_POS_NER", one paragraph each. */
    private static Linguistics tagged(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            if (s > 0) {
                text.append('\n');
            }
            int first = text.length();
            for (String t : sentences[s].split(" ")) {
                String[] w = t.split("_");
                if (text.length() > first) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w[0]);
                tokens.add(new Token(tokens.size(), s, new Span(start, text.length()), w[0], w[1],
                        w[0].toLowerCase(Locale.ROOT), w[2]));
            }
            Span span = new Span(first, text.length());
            out.add(new Sentence(s, s, span, span.of(text.toString())));
            paragraphs.add(new Paragraph(s, span, span.of(text.toString())));
        }
        BodyText body = new BodyText(new TextNormalizer().apply(text.toString()), paragraphs, List.of());
        return new Linguistics(body, out, tokens);
    }

    @Test
    void aNameTheTextShortensToItsFirstWordGivesNoGenderGuess() {
        // "Li" is most often a man's first name in English text; here it is the surname, written first
        Article a = NewsPipeline.annotate(String.join("\n", "Diver wins gold in Doha",
                "Li Qinghe won the 10m platform title on Sunday with her final dive.",
                "The 17-year-old led from the first round. \"I felt calm all day,\" she said after the final.",
                "Li will compete again in the synchronised event on Tuesday."));
        assertEquals("Li Qinghe", a.quotes().get(0).speaker().orElseThrow().name(), a.quotes().toString());
    }

    @Test
    void titlesAndAPersonsNameReadWithTheirForceAsOneOrganisationAreThePerson() {
        // the entity tagger reads the abbreviated ranks, the name and the force as one organisation
        Article a = NewsPipeline.annotate(String.join("\n", "Drivers warned over phones",
                "Det Sgt Amy Rowe of Essex Police said drivers should put their phones away.",
                "\"One glance is enough to kill,\" she said."));
        assertEquals(EntityType.PERSON, typeOfTheOneEntityNamed(a, "Amy Rowe"));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Essex Police"));
        assertEquals("Amy Rowe", a.quotes().get(0).speaker().orElseThrow().name(), a.quotes().toString());
        assertEquals("Amy Rowe", a.attributions().get(0).speaker().orElseThrow().name(), a.attributions().toString());
    }

    @Test
    void aPlaceAfterAnOrganisationsNameAndOfIsPartOfTheName() {
        // the entity tagger reads "Dental Institute" as an organisation and "Scotland" apart as a place
        Article a = NewsPipeline.annotate(String.join("\n", "Teachers could strike before Christmas",
                "The Dental Institute of Scotland (DIS) said its members had voted overwhelmingly against the offer.",
                "The institute will open a ballot next week."));
        List<String> organisations = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::name).toList();
        assertTrue(organisations.contains("Dental Institute of Scotland"), organisations.toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Scotland")), a.entities().toString());
    }

    @Test
    void aNameTheTextCallsACompanyIsAnOrganisationHoweverOftenTheTaggerReadsItAsAPerson() {
        Article a = NewsPipeline.annotate(String.join("\n", "Startup raises $40m for battery plant",
                "Battery startup Voltnor has raised $40m from investors to build its first factory.",
                "\"Voltnor's cells could cut the cost of storage by a third,\" said Tom Hagg, a partner at the fund.",
                "Analysts said Voltnor would need far more money to compete."));
        List<Entity> named = a.entities().stream().filter(e -> e.name().equals("Voltnor")).toList();
        assertTrue(named.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION), named.toString());
        assertTrue(named.stream().noneMatch(e -> e.type() == EntityType.PERSON), named.toString());
    }

    @Test
    void aNameAfterAKindOfOrganisationIsAnOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n", "Renters face record rises",
                "Debt charity Stepwell said more renters than ever were asking it for help.",
                "The shop workers' union Usko said it would fight the cuts."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Stepwell"));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Usko"));
        // a phrase with a verb after it is the subject of a clause of its own, not a word about the name
        Article b = NewsPipeline.annotate(String.join("\n", "Missing pilgrim found",
                "She had been travelling to visit her daughter Esme, the church said on Friday."));
        assertEquals(EntityType.PERSON, typeOfTheOneEntityNamed(b, "Esme"));
    }

    @Test
    void aNameTheTaggerLeavesUntaggedIsAnOrganisationWhereTheTextCallsItOne() {
        Article a = NewsPipeline.annotate(String.join("\n", "Startup raises money for cheaper boilers",
                "Quellora, a Leeds-based startup that makes boilers for narrow terraced houses, has raised money from"
                        + " a regional fund.",
                "Quellora's boilers are sold through plumbers."));
        List<Entity> named = a.entities().stream().filter(e -> e.name().equals("Quellora")).toList();
        assertEquals(1, named.size(), a.entities().toString());
        assertEquals(EntityType.ORGANIZATION, named.get(0).type());
        assertEquals(2, named.get(0).mentions().size(), named.toString());
    }

    @Test
    void aNameAfterAKindOfOrganisationIsOneWhereTheTaggerReadsAPlaceOrAPerson() {
        Article a = NewsPipeline.annotate(String.join("\n", "Phone maker shows thinner model",
                "Smartphone maker Lumetra on Wednesday unveiled its thinnest phone yet.",
                "Tech site Gadgetline called the phone a step forward, though it criticised the camera."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Lumetra"));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Gadgetline"));
    }

    @Test
    void anOfficeOfLocalGovernmentTheTaggerTakesIntoANameIsNoPartOfIt() {
        Article a = NewsPipeline.annotate(String.join("\n", "Roads flooded after heavy rain",
                "Corporator Asha Pawar said the storm drains had not been cleaned before the monsoon.",
                "Sarpanch Vikram Shinde said the village had been cut off for two days."));
        List<String> people = personNames(a);
        assertTrue(people.contains("Asha Pawar") && people.contains("Vikram Shinde"), people.toString());
    }

    @Test
    void aHyphenatedDescriptionTheTaggerTakesIntoANameIsNoPartOfIt() {
        Article a = NewsPipeline.annotate(String.join("\n", "Parents split over lunch rules",
                "Grandmother-of-five Edith Crane said the rule was fair.",
                "Crane said most children ate better at school.",
                "Ann Brandt-Okafor disagreed."));
        List<String> people = personNames(a);
        assertEquals(List.of("Edith Crane", "Ann Brandt-Okafor"), people);
    }

    @Test
    void aNicknameInQuotationMarksIsPartOfThePersonsName() {
        Article a = NewsPipeline.annotate(String.join("\n", "Village postmistress dies at 94",
                "Margaret \"Peggy\" Holloway, who ran the village post office for fifty years, has died.",
                "Mrs Holloway took over the post office from her father in 1958."));
        List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        assertEquals("Margaret \"Peggy\" Holloway", people.get(0).name());
        assertEquals(2, people.get(0).mentions().size());
    }

    @Test
    void aWireCreditAndTheNameAfterItsDashAreTwoNames() {
        Article a = NewsPipeline.annotate(String.join("\n\n", "Drug maker cuts forecast",
                "NEW YORK, March 3 (Newswire) - Fjellgard Pharma on Thursday cut its full-year profit forecast after a"
                        + " late-stage trial failed.",
                "Fjellgard Pharma said it would cut about 400 jobs."));
        List<String> names = a.entities().stream().map(Entity::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.contains(")") || n.contains(" - ")), names.toString());
        Entity firm = a.entities().stream().filter(e -> e.name().equals("Fjellgard Pharma")).findFirst()
                .orElseThrow();
        assertEquals(2, firm.mentions().size());
    }

    @Test
    void fullNameTitledNameAndSurnameAreOnePerson() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Union leaders met representatives of Gen Harald Brekke in Bergen on Saturday.",
                "They repeated their demand that Gen Brekke step down at once.",
                "Brekke has refused to leave the post, his officers said."));
        List<Entity> people = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        assertEquals("Harald Brekke", people.get(0).name());
        assertEquals(List.of("Gen Harald Brekke", "Gen Brekke", "Brekke"),
                people.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void titlesOfLocalOfficeAndOfTheClergyAreNoPartOfTheName() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Cllr Priya Nandakumar said the depot would close in April.",
                "Alderman Rosa Quintero said the vote was a mistake, and Rabbi Eli Sternfeld said he would pray for "
                        + "the workers."));
        List<String> people = personNames(a);
        assertEquals(List.of("Priya Nandakumar", "Rosa Quintero", "Eli Sternfeld"), people);
    }

    @Test
    void aSurnameTheTaggerMissedIsAMentionOfThePersonNamedInFull() {
        Article a = NewsPipeline.annotate(String.join("\n", "Ferry line Nordlys names new chief",
                "Nordlys Lines has named Mona Strand as its chief executive.",
                "Strand, 52, ran the rival Kystruten line for six years. She starts in March."));
        Entity strand = a.entities().stream().filter(e -> e.name().equals("Mona Strand")).findFirst().orElseThrow();
        assertEquals(List.of("Mona Strand", "Strand"), strand.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aOneWordNameReadAsAnOrganisationAndAsAPersonIsTheOrganisation() {
        for (String name : List.of("Ferrocal", "Petrosud")) {
            Article a = NewsPipeline.annotate(String.join("\n",
                    "The plant, run by state-owned " + name + ", will stay closed until inspectors have checked every "
                            + "tank, the ministry said.",
                    name + " said the leak had been contained within three hours and that it was cooperating fully "
                            + "with the authorities."));
            List<Entity> named = a.entities().stream().filter(e -> e.name().equals(name)).toList();
            assertEquals(1, named.size(), named.toString());
            assertEquals(EntityType.ORGANIZATION, named.get(0).type());
            assertEquals(2, named.get(0).mentions().size());
        }
    }

    @Test
    void aOneWordNameReadAsAPersonThatSaysItsIsAnOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n", "Carmaker cuts forecast",
                "Kelvara said its profit fell by a fifth in the first half of the year.",
                "Kelvara will build the cars in Spain."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Kelvara"));
    }

    @Test
    void aOneWordNameReadAsAPersonWithAKindOfCompanyInAppositionIsAnOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n", "Delivery robots halted",
                "Trundlo, a Lisbon delivery-robot startup, has pulled its machines off the streets after two crashes.",
                "Trundlo said the robots would return once the software had been fixed."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Trundlo"));
    }

    @Test
    void aOneWordNameReadAsAPersonAfterAKindOfCompanyIsAnOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n", "Grocer raises prices",
                "Supermarket chain Marlowe said prices would rise by four percent in the spring.",
                "Marlowe blamed the cost of energy."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Marlowe"));
    }

    @Test
    void aNameReadAsAPersonThatEndsInACompanysWordIsAnOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n", "Cough syrup recalled",
                "The syrup's maker, Halvor Pharma, recalled two batches on Monday.",
                "Halvor Pharma said no one had fallen ill."));
        assertEquals(EntityType.ORGANIZATION, typeOfTheOneEntityNamed(a, "Halvor Pharma"));
    }

    @Test
    void aPersonDescribedByARoleInACompanyStaysAPerson() {
        Article a = NewsPipeline.annotate(String.join("\n", "Bakery closes",
                "Halvorsen, a company director, said the bakery would close in May.",
                "Halvorsen said rents had tripled."));
        assertEquals(EntityType.PERSON, typeOfTheOneEntityNamed(a, "Halvorsen"));
    }

    @Test
    void aSurnameAloneIsNotPartOfSomeoneElsesHyphenatedName() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "The bakery founded by Tomas Brandt in 1961 will close next month.",
                "His granddaughter, Elin Brandt-Okafor, who runs it now, said rents had tripled.",
                "Ms Brandt-Okafor said Brandt had baked every loaf himself until he was eighty."));
        Entity founder = a.entities().stream().filter(e -> e.name().equals("Tomas Brandt")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        Entity granddaughter = a.entities().stream().filter(e -> e.name().equals("Elin Brandt-Okafor")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(List.of("Tomas Brandt", "Brandt"), founder.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("Elin Brandt-Okafor", "Ms Brandt-Okafor"),
                granddaughter.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void theFirstWordOfAnOrganisationsNameAloneIsThatOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Quorvath Logistics will cut 300 jobs at its depot in Brancaster, the union said on Friday.",
                "According to Quorvath, the depot has lost money for three years."));
        Entity company = a.entities().stream().filter(e -> e.name().equals("Quorvath Logistics")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(List.of("Quorvath Logistics", "Quorvath"),
                company.mentions().stream().map(Mention::text).toList());
        assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), a.entities().toString());
    }

    @Test
    void aFirstNameSetOffAfterAWordForAWomanIsAPerson() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Callum Reid has rowed passengers across the loch for 41 years.",
                "His wife, Morag, is less forgiving."));
        Entity morag = a.entities().stream().filter(e -> e.name().equals("Morag")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(EntityType.PERSON, morag.type());
    }

    @Test
    void differentPeopleStayApart() {
        Article a = NewsPipeline.annotate("Anna Berg met Tom Becker and Anna Lindqvist in Oslo on Monday.");
        assertEquals(3, a.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void anOrganisationsInitialsAfterItsFullNameAreTheSameOrganisation() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "The Northern Fisheries Association warned on Monday that the new quotas would close harbours.",
                "The NFA said it would take the ministry to court, and the Coastal Wildlife Trust backed it.",
                "A spokesman for the NFA said boats had stayed in port for a week."));
        List<Entity> orgs = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        Entity association = orgs.stream().filter(e -> e.name().equals("Northern Fisheries Association")).findFirst()
                .orElseThrow(() -> new AssertionError(orgs.toString()));
        assertEquals(List.of("Northern Fisheries Association", "NFA", "NFA"),
                association.mentions().stream().map(Mention::text).toList());
        assertTrue(orgs.stream().noneMatch(e -> e.name().equals("NFA")), orgs.toString());
    }

    @Test
    void initialsThatComeBeforeTheFullNameOrFitNoNameStayApart() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "The NFA said on Monday that boats would stay in port.",
                "The Northern Fisheries Association later confirmed the closure, and the CWT backed it."));
        List<String> names = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::name).toList();
        assertTrue(names.contains("NFA") && names.contains("Northern Fisheries Association"), names.toString());
    }

    @Test
    void aTitleWordOpensAnOrganisationsNameAndIsKept() {
        Article a = NewsPipeline.annotate(
                "The Justice Department said on Friday that it had opened an inquiry into the port authority.");
        List<String> names = a.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::name).toList();
        assertTrue(names.contains("Justice Department"), names.toString());
    }

    @Test
    void aCommonWordCapitalisedOnlyAtTheStartOfItsSentenceIsNoEntity() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Harbour workers walk out over pay",
                "Workers at the harbour in Westby stopped work on Monday, their union said."));
        List<String> names = a.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Westby"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equalsIgnoreCase("harbour")), names.toString());
    }

    @Test
    void aNameThatOpensItsSentenceStaysAnEntity() {
        Article a = NewsPipeline.annotate(String.join("\n",
                "Westby closed its harbour on Monday after the storm.",
                "Ferries to the islands were cancelled, the port said."));
        List<String> names = a.entities().stream().map(Entity::name).toList();
        assertTrue(names.contains("Westby"), names.toString());
    }
}
