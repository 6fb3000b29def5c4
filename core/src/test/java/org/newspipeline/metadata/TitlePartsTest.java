package org.newspipeline.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TitlePartsTest {

    private final TitleParts titles = new TitleParts(MetadataWords.standard());

    @Test
    void theSitesNameGoesWhereverItStands() {
        Set<String> site = Set.of("portellisgazette");
        assertEquals("Harbour wall approved", titles.withoutSite("Harbour wall approved | Port Ellis Gazette", site));
        assertEquals("Harbour wall approved", titles.withoutSite("Port Ellis Gazette - Harbour wall approved", site));
        assertEquals("Harbour wall approved", titles.withoutSite("Harbour wall approved - Gazette | Port Ellis Gazette",
                Set.of("portellisgazette", "gazette")));
    }

    @Test
    void aTitleWithoutTheSitesNameStaysWhole() {
        assertEquals("Mayor says yes - and no", titles.withoutSite("Mayor says yes - and no", Set.of("gazette")));
        assertEquals("Co-op opens", titles.withoutSite("Co-op opens", Set.of("coop")));
    }

    @Test
    void aLongPartHoldingTheSitesNameIsAHeadline() {
        assertEquals("Gazette wins the regional press award again", titles.withoutSite(
                "Gazette wins the regional press award again | Gazette", Set.of("gazette")));
    }

    @Test
    void partsNeedSpacesAroundTheSeparator() {
        assertEquals(List.of("Co-op opens", "Gazette"), titles.parts("Co-op opens | Gazette"));
    }
}
