package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineCandidatesTest {

    private static final String PAGE = """
            Home | News | Sport
            Photo: Jane Doe
            Ferry timetable doubles the crossings
            By Mara Lind
            The council doubled the ferry crossings on weekdays, and the timetable starts in May.
            The new ferry will carry more bicycles too.
            """;

    private final HeadlineCandidates candidates = new HeadlineCandidates(MetadataWords.standard());

    private static double feature(HeadlineCandidates.Candidate c, String name) {
        return c.features()[HeadlineCandidates.FEATURES.indexOf(name)];
    }

    private static HeadlineCandidates.Candidate find(List<HeadlineCandidates.Candidate> all, String line) {
        return all.stream().filter(c -> c.line().equals(line)).findFirst().orElseThrow();
    }

    @Test
    void linesBeforeTheBodyComeNearestFirstAndSentencesAndBylinesAreNoCandidates() {
        List<HeadlineCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"));
        assertEquals(List.of("Ferry timetable doubles the crossings", "Photo: Jane Doe", "Home | News | Sport"),
                all.stream().map(HeadlineCandidates.Candidate::line).toList());
        assertEquals(0.5, feature(all.get(0), "nearness"));
        assertEquals(1.0 / 3, feature(all.get(1), "nearness"));
    }

    @Test
    void aBodyThatOpensWithItsHeadlineOffersIt() {
        String text = PAGE.substring(PAGE.indexOf("Ferry timetable"));
        List<HeadlineCandidates.Candidate> all = candidates.of(text, 0);
        assertEquals(List.of("Ferry timetable doubles the crossings"),
                all.stream().map(HeadlineCandidates.Candidate::line).toList());
        assertEquals(1.0, feature(all.get(0), "first_in_body"));
        assertEquals(0.0, feature(all.get(0), "nearness"));
    }

    @Test
    void eachLineSaysWhatItLooksLike() {
        List<HeadlineCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"));
        HeadlineCandidates.Candidate headline = find(all, "Ferry timetable doubles the crossings");
        assertEquals(1.0, feature(headline, "reads_as_headline"));
        assertEquals(1.0, feature(headline, "byline_or_date_next"));
        assertEquals(0.75, feature(headline, "lead_repeats_words"));
        assertEquals(1.0, feature(find(all, "Photo: Jane Doe"), "credit"));
        assertEquals(1.0, feature(find(all, "Home | News | Sport"), "trail_marks"));
        assertEquals(0.0, feature(headline, "trail_marks"));
    }
}
