package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newspipeline.Scaling;

class PassageIndexTest {

    private final PassageIndex index = new PassageIndex(
            "the council met on monday. \"the sea wall will cost more,\" the mayor said. it will be built in may.");

    @Test
    void findsPassagesAtWordStartsWithWhatPrecedesThem() {
        assertEquals(PassageIndex.Found.YES, index.find("the sea wall will cost more"));
        assertEquals(PassageIndex.Found.YES, index.find("\"the sea wall will cost more,\""));
        assertEquals(PassageIndex.Found.NO, index.find("the sea wall will cost less"));
        assertEquals(PassageIndex.Found.UNKNOWN, index.find("it will"));
    }

    @Test
    void repeatedParagraphsCostLinearTime() {
        String paragraph = "the council met again on a rainy day to talk about the roads of the town. ";
        Scaling.assertLinear("passage look-ups", 2_000, n -> n, n -> {
            PassageIndex repeated = new PassageIndex(paragraph.repeat(n));
            for (int i = 0; i < n; i++) {
                repeated.find("the council met again on a rainy day to talk about the roads of the city");
            }
        });
    }
}
