package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.MetadataField;
import org.newspipeline.model.MetadataSource;

class TextMetadataReaderTest {

    private final TextMetadataReader reader = new TextMetadataReader(MetadataWords.standard());

    private static final String PAGE = """
            Home
            News
            Sport
            Skip to main content
            Harbour ferry to run every hour from May
            By Mara Lind and Jon Vale
            12 March 2024
            The harbour ferry will run every hour from the first of May, the town council decided on Tuesday.
            Updated 14 March 2024
            The new timetable doubles the number of crossings on weekdays.
            """;

    @Test
    void headlineBylineAndDateComeFromTheLinesBeforeTheBody() {
        Metadata m = reader.read(PAGE, PAGE.indexOf("The harbour ferry"));
        assertEquals(Optional.of("Harbour ferry to run every hour from May"), m.headline());
        assertEquals(List.of("Mara Lind", "Jon Vale"), m.authors());
        assertEquals(Optional.of("2024-03-12"), m.publicationDate());
        assertEquals(Optional.of(MetadataSource.HEADING), m.source(MetadataField.HEADLINE));
        assertEquals(Optional.of(MetadataSource.BYLINE), m.source(MetadataField.AUTHORS));
    }

    @Test
    void proseIsNoHeadline() {
        String text = """
                The harbour ferry will run every hour from the first of May, the town council decided.
                The new timetable doubles the number of crossings on weekdays.
                """;
        Metadata m = reader.read(text, 0);
        assertEquals(Optional.empty(), m.headline());
        assertEquals(List.of(), m.authors());
        assertEquals(Optional.empty(), m.publicationDate());
    }

    @Test
    void theBylinesDateWinsOverADateInTheStory() {
        String text = """
                Harbour ferry to run every hour from May
                By Mara Lind, 12 March 2024
                The harbour ferry will run every hour from the first of May, the town council decided.
                The last timetable change came on 3 June 2019.
                """;
        Metadata m = reader.read(text, text.indexOf("The harbour ferry"));
        assertEquals(Optional.of("2024-03-12"), m.publicationDate());
        assertEquals(Optional.of(MetadataSource.TEXT), m.source(MetadataField.PUBLICATION_DATE));
    }

    @Test
    void aTextWithoutAnyOfThemGivesNothing() {
        Metadata m = reader.read("Short note.", 0);
        assertEquals(Metadata.none(), m);
    }
}
