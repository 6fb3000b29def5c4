package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorCandidatesTest {

    private static final String PAGE = """
            Ferry timetable doubles the crossings
            12 March 2021 by Mara Lind 3 Comments
            Jon Vale
            The council doubled the ferry crossings on weekdays, and the timetable starts in May.
            """;

    private final AuthorCandidates candidates = new AuthorCandidates(MetadataWords.standard());

    private static double feature(AuthorCandidates.Candidate c, String name) {
        return c.features()[AuthorCandidates.FEATURES.indexOf(name)];
    }

    @Test
    void namesAfterAPrefixInsideALineAndNameLinesAreCandidates() {
        List<AuthorCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"),
                Optional.of("Ferry timetable doubles the crossings"));
        assertEquals(List.of(List.of("Mara Lind"), List.of("Jon Vale")),
                all.stream().map(AuthorCandidates.Candidate::names).toList());
        AuthorCandidates.Candidate byline = all.get(0);
        assertEquals(1.0, feature(byline, "prefix_inside"));
        assertEquals(1.0, feature(byline, "date_in_line"));
        assertEquals(1.0, feature(byline, "comments_in_line"));
        assertEquals(1.0, feature(byline, "after_headline"));
        assertEquals(0.5, feature(byline, "nearness"));
        AuthorCandidates.Candidate bare = all.get(1);
        assertEquals(1.0, feature(bare, "bare_name"));
        assertEquals(1.0, feature(bare, "nearness"));
    }

    @Test
    void theHeadlineAndProseGiveNoNames() {
        List<AuthorCandidates.Candidate> all = candidates.of(PAGE, PAGE.indexOf("The council"),
                Optional.of("Ferry timetable doubles the crossings"));
        assertEquals(2, all.size());
        assertEquals(List.of(), candidates.of("The council met on Monday and voted for the plan.", 0,
                Optional.empty()));
    }

    @Test
    void lettersThatLowercaseLongerDoNotShiftTheNames() {
        String text = "İİİ İZMİR NOTES by Mara Lind\nThe council met on Monday and voted for the plan.\n";
        List<AuthorCandidates.Candidate> all = candidates.of(text, text.indexOf("The council"), Optional.empty());
        assertEquals(List.of(List.of("Mara Lind")), all.stream().map(AuthorCandidates.Candidate::names).toList());
    }
}
