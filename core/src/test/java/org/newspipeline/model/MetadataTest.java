package org.newspipeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata record's checks and the order of its sources. */
class MetadataTest {

    @Test
    void sourcesIterateInFieldOrderWhateverTheOrderGiven() {
        Map<MetadataField, MetadataSource> given = new LinkedHashMap<>();
        given.put(MetadataField.LANGUAGE, MetadataSource.MARKUP_LANG);
        given.put(MetadataField.PUBLICATION_DATE, MetadataSource.TIME_ELEMENT);
        given.put(MetadataField.HEADLINE, MetadataSource.HEADING);
        Metadata m = new Metadata(Optional.of("Ferry timetable changes"), List.of(), Optional.of("2024-03-01"),
                Optional.of("en"), Optional.empty(), given);
        assertEquals(List.of(MetadataField.HEADLINE, MetadataField.PUBLICATION_DATE, MetadataField.LANGUAGE),
                List.copyOf(m.sources().keySet()));
        assertEquals("{HEADLINE=HEADING, PUBLICATION_DATE=TIME_ELEMENT, LANGUAGE=MARKUP_LANG}",
                m.sources().toString());
        assertThrows(UnsupportedOperationException.class, () -> m.sources().clear());
    }

    @Test
    void aNullSourceIsRefused() {
        Map<MetadataField, MetadataSource> given = new HashMap<>();
        given.put(MetadataField.HEADLINE, null);
        assertThrows(NullPointerException.class, () -> new Metadata(Optional.of("Ferry timetable changes"),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), given));
    }
}
