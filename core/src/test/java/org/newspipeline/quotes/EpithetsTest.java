package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.newspipeline.NewsPipeline;
import org.newspipeline.model.Article;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/** Speakers named again by a nationality, an age or a stage of life, on small hand-written news paragraphs. */
class EpithetsTest {

    private static String speakerOf(Article a, String quoteStart) {
        Quote q = a.quotes().stream().filter(x -> x.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + quoteStart + " in " + a.quotes()));
        return q.speaker().map(Speaker::name).orElse("(none)");
    }

    @Test
    void aNationalityOrAnAgeStandsForTheOnePersonNamedJustBefore() {
        Article a = NewsPipeline.annotate(String.join("\n", "Rovers lose again",
                "Rovers manager Niall Cassidy was furious with the linesman after the defeat at Elm Park.",
                "\"It was never offside,\" the Irishman said.",
                "Club captain Maren Holt was calmer.",
                "\"We have to look at ourselves first,\" the 31-year-old said."));
        assertEquals("Niall Cassidy", speakerOf(a, "It was never offside"));
        assertEquals("Maren Holt", speakerOf(a, "We have to look"));
    }

    @Test
    void aNationalityTheTaggerReadsAsAnAdjectiveStandsForThePersonToo() {
        Article a = NewsPipeline.annotate(String.join("\n", "Keeper signs new deal",
                "Goalkeeper Lars Vikstrom has signed a new three-year contract with Eastbrook Town.",
                "\"I love this club,\" said the Norwegian."));
        assertEquals("Lars Vikstrom", speakerOf(a, "I love this club"));
    }

    @Test
    void aNationalityEndingInManTellsAGenderOnlyWhenItIsACompound() {
        Article a = NewsPipeline.annotate(String.join("\n", "Marathon record falls",
                "Mrs Greta Hollmann broke the course record in Valencia on Sunday, her third win there.",
                "\"I felt strong from the start,\" the German said."));
        assertEquals("Greta Hollmann", speakerOf(a, "I felt strong"));
    }

    @Test
    void aStageOfLifeStandsForThePersonToo() {
        Article a = NewsPipeline.annotate(String.join("\n", "Bus route saved",
                "Edna Varley, 81, collected 3,000 signatures to keep the village bus running.",
                "\"Without it I would never see my grandchildren,\" the pensioner said.",
                "Tomas Greer, 16, caught the first bus of the new timetable on Monday.",
                "\"It gets me to college on time,\" said the teenager."));
        assertEquals("Edna Varley", speakerOf(a, "Without it"));
        assertEquals("Tomas Greer", speakerOf(a, "It gets me"));
    }

    @Test
    void aRoleHeldBeforeStandsForThePersonButNotForWhoWorksForThem() {
        Article a = NewsPipeline.annotate(String.join("\n", "Stadium plan returns",
                "Tove Lindahl led the city council for twelve years until 2021.",
                "\"The stadium was always the right idea,\" the former mayor said.",
                "Jon Ekberg opened the meeting on the stadium.",
                "\"No one here has changed their mind,\" the former mayor's spokesman said."));
        assertEquals("Tove Lindahl", speakerOf(a, "The stadium was always"));
        assertNotEquals("Jon Ekberg", speakerOf(a, "No one here"));
    }

    @Test
    void anEpithetAfterTwoPeopleStaysUnresolved() {
        Article a = NewsPipeline.annotate(String.join("\n", "Late winner",
                "Coach Anton Weiss praised the substitute Pablo Ruiz after the match on Sunday.",
                "\"I just closed my eyes and hit it,\" the 19-year-old said."));
        assertEquals("(none)", speakerOf(a, "I just closed"));
    }

    @Test
    void aNationalityThatNamesAWholePeopleIsNoPerson() {
        Article a = NewsPipeline.annotate(String.join("\n", "Talks stall",
                "Trade minister Olga Brandt met her counterpart in London on Monday.",
                "\"We are not there yet,\" the British said in a statement."));
        assertNotEquals("Olga Brandt", speakerOf(a, "We are not there yet"));
    }
}
