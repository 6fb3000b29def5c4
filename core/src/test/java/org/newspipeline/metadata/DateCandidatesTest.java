package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateCandidatesTest {

    private static final String PAGE = """
            Events: 1 May 2021 harbour festival
            Ferry timetable doubles the crossings
            By Mara Lind, 12 March 2021, 09:30
            Updated 14 March 2021
            The council doubled the ferry crossings on weekdays, and the timetable starts in May.
            The last change came on 3 June 2019.
            """;

    private final DateCandidates candidates = new DateCandidates(MetadataWords.standard());

    private static double feature(DateCandidates.Candidate c, String name) {
        return c.features()[DateCandidates.FEATURES.indexOf(name)];
    }

    @Test
    void everyDateAroundTheBodysStartIsACandidateInTextOrder() {
        List<DateCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"),
                Optional.of("Ferry timetable doubles the crossings"));
        assertEquals(List.of(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 3, 12), LocalDate.of(2021, 3, 14),
                LocalDate.of(2019, 6, 3)), all.stream().map(DateCandidates.Candidate::date).toList());
    }

    @Test
    void eachDateSaysWhereItStandsAndWhatStandsWithIt() {
        List<DateCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"),
                Optional.of("Ferry timetable doubles the crossings"));
        DateCandidates.Candidate byline = all.get(1);
        assertEquals(1.0, feature(byline, "byline"));
        assertEquals(1.0, feature(byline, "time_of_day"));
        assertEquals(1.0, feature(byline, "after_headline"));
        assertEquals(0.5, feature(byline, "nearness"));
        assertEquals(1.0, feature(all.get(0), "above_headline"));
        assertEquals(1.0, feature(all.get(0), "latest"));
        assertEquals(1.0, feature(all.get(2), "update_label"));
        assertEquals(1.0, feature(all.get(2), "nearness"));
        assertEquals(1.0, feature(all.get(3), "in_body"));
        assertEquals(1.0, feature(all.get(3), "earliest"));
        assertEquals(0.0, feature(all.get(3), "nearness"));
    }
}
