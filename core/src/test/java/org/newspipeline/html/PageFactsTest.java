package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageFactsTest {

    private static PageFacts page(String html) {
        Document doc = Jsoup.parse(html);
        Set<Element> wrappers = MarkupValues.pageWrappers(doc);
        return new PageFacts(doc, List.of(), Set.of(), Optional.empty(), PageFacts.headings(doc, wrappers),
                doc.body().text(), new PageLayout(wrappers), TextSizes.of(doc.body()));
    }

    private static Optional<String> titleHeading(String html) {
        return page(html).titleHeading().map(Element::text);
    }

    @Test
    void theMainHeadingThatTheTitleHoldsIsTheTitleHeading() {
        assertEquals(Optional.of("Ferry timetable changes"), titleHeading("<title>Ferry timetable changes | Isles"
                + "</title><h1>Ferry timetable changes</h1><h2>Ferry timetable changes and more</h2>"));
    }

    @Test
    void aSiteLogoInTheMainHeadingGivesWayToTheHeadingTheTitleHolds() {
        assertEquals(Optional.of("Ferry timetable changes"), titleHeading("<title>Ferry timetable changes | Isles"
                + "</title><h1><a href=\"/\">Isles</a></h1><h2>Ferry timetable changes</h2>"));
        assertEquals(Optional.of("Ferry timetable changes"), titleHeading("<title>Ferry timetable changes | Isles"
                + "</title><h1><a href=\"/\">Isles News Service</a></h1><h1>Ferry timetable changes</h1>"));
    }

    @Test
    void withoutAHeadingTheTitleHoldsTheFirstMainHeadingIsTaken() {
        assertEquals(Optional.of("Isles News Service"), titleHeading("<title>Isles</title>"
                + "<h1>Isles News Service</h1><h2>Ferry timetable changes</h2>"));
        assertEquals(Optional.empty(), titleHeading("<title>Isles</title><h2>Ferry timetable changes</h2>"));
    }
}
