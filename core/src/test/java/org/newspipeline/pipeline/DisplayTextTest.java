package org.newspipeline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void oddBlanksAndTagsBecomeOneSpace() {
        assertEquals("Anna Berg", DisplayText.of("Anna\u00a0<b>Berg</b>"));
        assertEquals("Anna Berg", DisplayText.of("Anna\t\u200b Berg"));
        assertEquals("Jean-Pierre Dupont", DisplayText.of(" Jean-Pierre\r\nDupont "));
    }

    @Test
    void leavesAPlainNameAlone() {
        assertEquals("Harald Brekke", DisplayText.of("Harald Brekke"));
    }

    @Test
    void dropsSoftHyphensWithoutASpace() {
        assertEquals("Anna Berglund", DisplayText.of("An\u00adna Berg\u00adlund"));
    }
}
