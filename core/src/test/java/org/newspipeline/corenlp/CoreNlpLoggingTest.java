package org.newspipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.logging.Redwood;
import org.junit.jupiter.api.Test;

class CoreNlpLoggingTest {

    @Test
    void coreNlpsInformationalLinesGoToDebug() {
        assertArrayEquals(new Object[] {MaxentTagger.class, Redwood.DBG},
                CoreNlpLogging.infoAtDebug(new Object[] {MaxentTagger.class}));
        assertArrayEquals(new Object[] {MaxentTagger.class, Redwood.FORCE, Redwood.DBG},
                CoreNlpLogging.infoAtDebug(new Object[] {MaxentTagger.class, Redwood.FORCE}));
    }

    @Test
    void warningsErrorsAndDebugLinesKeepTheirLevel() {
        for (Object flag : new Object[] {Redwood.WARN, Redwood.ERR, Redwood.DBG}) {
            Object[] channels = {MaxentTagger.class, flag};
            assertArrayEquals(channels, CoreNlpLogging.infoAtDebug(channels));
        }
    }
}
