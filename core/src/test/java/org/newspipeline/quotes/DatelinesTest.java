package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    /** The text after the dateline that opens the document's first paragraph, or "" when none is found. */
    private static String afterDateline(String text) {
        TestDocuments.Parsed p = TestDocuments.of(text);
        int end = Datelines.end(p.view(), 0, p.view().tokenCount());
        return end < 0 ? "" : p.text().substring(p.view().token(end).span().start());
    }

    @Test
    void aPlaceInCapitalsBeforeADashOrAColonIsADateline() {
        assertEquals("The ministry said fares would rise.",
                afterDateline("HALDEN, March 3 (Nordwire) - The ministry said fares would rise."));
        assertEquals("The ministry said fares would rise.",
                afterDateline("HALDEN: The ministry said fares would rise."));
    }

    @Test
    void aPlaceInLowercaseIsADatelineOnlyWithAnAgencyInBrackets() {
        assertEquals("The ministry said fares would rise.",
                afterDateline("Halden, March 3 (Nordwire) - The ministry said fares would rise."));
        // a name before a dash set off by blanks is no dateline without the agency's bracket
        assertEquals("", afterDateline("Halden Ferries - the company that runs the crossing - said fares would rise."));
    }

    @Test
    void aPersonsNameOrALowercaseWordEndsTheSearch() {
        assertEquals("", afterDateline("Ann Lee (Greens) - the party's leader - said fares would rise."));
        assertEquals("", afterDateline("Fares (on most routes) will rise - the ministry said."));
    }

    @Test
    void aLiveReportsTimeStampIsOneToo() {
        assertEquals("The coastguard said two boats were missing.",
                afterDateline("10:42 - The coastguard said two boats were missing."));
    }
}
