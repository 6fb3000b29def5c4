package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private final AuthorNames names = new AuthorNames(MetadataWords.standard());

    @Test
    void bylineWordsRolesAndDatesGo() {
        assertEquals(List.of("Jane Roe"), names.names("By Jane Roe | 3 hours ago", Set.of()));
        assertEquals(List.of("Jane Roe"), names.names("Von Jane Roe, Redakteurin", Set.of()));
        assertEquals(List.of("Jane Roe"), names.names("Jane Roe, Staff Writer", Set.of()));
        assertEquals(List.of("Tom Reiss"), names.names("By Tom Reiss, Staff Reporter", Set.of()));
        assertEquals(List.of("Tom Reiss", "Ann Lee"),
                names.names("Tom Reiss, Senior Political Correspondent, and Ann Lee", Set.of()));
        assertEquals(List.of(), names.names("By Staff Reporter", Set.of()));
        assertEquals(List.of("Jean Dupont"), names.names("Par Jean Dupont le 3 mars 2020", Set.of()));
        assertEquals(List.of("Jane Roe"), names.names("Autor: Jane Roe 12.03.2021", Set.of()));
    }

    @Test
    void creditsForPicturesAndHandlesEndTheNames() {
        assertEquals(List.of("Lena Berg"), names.names("Text von Lena Berg Illustration von Tim Kopp", Set.of()));
        assertEquals(List.of("Lena Berg"), names.names("Lena Berg Fotos: Tim Kopp", Set.of()));
        assertEquals(List.of("Lena Berg"), names.names("Lena Berg @lenaberg", Set.of()));
        assertEquals(List.of("Lena Berg", "Tim Kopp"), names.names("Lena Berg und Tim Kopp", Set.of()));
    }

    @Test
    void aNameRepeatedForScreenReadersComesOnce() {
        assertEquals(List.of("Lena Berg"), names.names("By Lena BergLena Berg", Set.of()));
        assertEquals(List.of("Lena Berg"), names.names("Lena Berg Lena Berg", Set.of()));
        assertEquals(List.of("Anna Anna"), names.names("Anna Anna", Set.of()));
    }

    @Test
    void aLabelThatIsOnlyAPrefixIsABylineLabel() {
        assertEquals(true, names.isBylineLabel("Written by"));
        assertEquals(true, names.isBylineLabel("Verfasst von:"));
        assertEquals(false, names.isBylineLabel("Est. reading time"));
        assertEquals(false, names.isBylineLabel("By Lena Berg"));
    }

    @Test
    void severalAuthorsAreSplitAndEachComesOnce() {
        assertEquals(List.of("Jane Roe", "John Doe"), names.names("By Jane Roe and John Doe", Set.of()));
        assertEquals(List.of("Jane Roe", "Ana de la Vega"), names.names("Jane Roe, Ana de la Vega, JANE ROE",
                Set.of()));
        assertEquals(List.of("Jane Roe", "Max Muster"), names.names("Jane Roe und Max Muster", Set.of()));
    }

    @Test
    void whatIsNoPersonGivesNothing() {
        assertEquals(List.of(), names.names("Harbour Gazette", Set.of(AuthorNames.key("The Harbour Gazette"),
                "harbourgazette")));
        assertEquals(List.of(), names.names("Musterverein e.V.", Set.of()));
        assertEquals(List.of(), names.names("Die Redaktion", Set.of()));
        assertEquals(List.of(), names.names("info@example.org", Set.of()));
        assertEquals(List.of(), names.names("show all articles of this author", Set.of()));
        assertEquals(List.of(), names.names("Foto", Set.of()));
    }

    @Test
    void whatFollowsTheNamesGoes() {
        assertEquals(List.of("Jane Roe"), names.names("Posted by Jane Roe on Tuesday", Set.of()));
        assertEquals(List.of("Max Muster"), names.names("Erstellt von Max Muster am Montag, 4. Mai", Set.of()));
        assertEquals(List.of("Jane Roe"), names.names("By Jane Roe for The Harbour Gazette", Set.of()));
        assertEquals(List.of("Jane Roe"), names.names("Author: Jane Roe, Date: 3 May", Set.of()));
        assertEquals(List.of("Jean Dupont"), names.names("écrit par Jean Dupont —", Set.of()));
    }

    @Test
    void aUserNameIsOneWord() {
        assertEquals(List.of("gardenfan77"), names.names("gardenfan77", Set.of()));
    }
}
