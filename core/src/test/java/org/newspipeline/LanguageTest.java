package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Article;
import org.newspipeline.model.Sentence;

/** A body not in English keeps its sentences and quotes but gets no English guesses: no entities, no speakers. */
class LanguageTest {

    private static final String GERMAN = String.join("\n",
            "Die Fähre zwischen Kiel und der Insel fährt ab Montag wieder nach dem alten Fahrplan.",
            "Nach dem Sturm im Herbst war der Anleger beschädigt worden, und die Reparatur hat länger gedauert als"
                    + " geplant, weil die Firma auf neue Teile aus dem Süden warten musste.",
            "\"Wir sind froh, dass die Gäste endlich wieder kommen können\", sagte die Bürgermeisterin Anna Weber"
                    + " am Freitag vor dem Rathaus.",
            "Die Händler auf dem Markt hoffen nun auf einen guten Sommer mit vielen Besuchern.");

    private static final String ENGLISH = String.join("\n",
            "The ferry between the harbour and the island will run on its old timetable again from Monday.",
            "The pier was damaged in the autumn storm, and the repairs took longer than planned because the firm had"
                    + " to wait for new parts from the south.",
            "\"We are glad that visitors can finally come back,\" said Mayor Anna Weber outside the town hall on"
                    + " Friday.",
            "Traders at the market now hope for a good summer with many visitors.");

    @Test
    void germanBodyHasQuotesButNoEntitiesOrSpeakers() {
        Article a = NewsPipeline.annotate(GERMAN);
        assertEquals(Optional.of("de"), a.metadata().language());
        assertEquals(1, a.quotes().size());
        assertTrue(a.entities().isEmpty(), a.entities().toString());
        assertTrue(a.speakers().isEmpty(), a.speakers().toString());
        assertFalse(a.sentences().isEmpty());
        assertTrue(a.sentences().stream().noneMatch(Sentence::tagged));
    }

    @Test
    void englishBodyIsTaggedAsAlways() {
        Article a = NewsPipeline.annotate(ENGLISH);
        assertEquals(Optional.of("en"), a.metadata().language());
        assertTrue(a.sentences().stream().allMatch(Sentence::tagged));
        assertEquals("Anna Weber", a.quotes().get(0).speaker().orElseThrow().name());
    }

    @Test
    void aShortTextGetsNoLanguageAndIsReadAsEnglish() {
        Article a = NewsPipeline.annotate("\"Yes,\" said Anna Weber.");
        assertEquals(Optional.empty(), a.metadata().language());
        assertEquals("Anna Weber", a.quotes().get(0).speaker().orElseThrow().name());
    }

    @Test
    void aLanguageTheDetectorCannotNameButThatIsSurelyNotEnglishIsNotTagged() {
        // Indonesian, whose letter patterns the detector finds in Malay too: it names neither
        String indonesian = String.join("\n",
                "Pemerintah kota mengumumkan pada hari Senin bahwa jembatan tua di atas sungai akan diperbaiki tahun"
                        + " depan.",
                "Para insinyur mengatakan pekerjaan itu akan memakan waktu dua tahun dan biayanya sekitar dua belas"
                        + " miliar rupiah.",
                "Warga yang tinggal di dekat jembatan sudah lama mengeluh tentang kebisingan lalu lintas dan retakan"
                        + " pada tiang-tiangnya.");
        Article a = NewsPipeline.annotate(indonesian);
        assertEquals(Optional.empty(), a.metadata().language());
        assertFalse(a.sentences().isEmpty());
        assertTrue(a.sentences().stream().noneMatch(Sentence::tagged));
        assertTrue(a.entities().isEmpty(), a.entities().toString());
    }
}
