package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BratAttributionsTest {

    private static final String ANN = String.join("\n",
            "T1\tSource 0 8\tThe mayor",
            "T2\tCue 9 13\tsaid",
            "T3\tContent 14 30;40 52\tthe bridge would reopen",
            "T4\tAttribution 9 13\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tCue 60 64\tsaid",
            "E2\tAttribution:T5 Cue:T5",
            "#1\tAnnotatorNotes T3\ta note");

    @Test
    void readsFragmentsByRoleAndSkipsAttributionsWithoutContent() {
        List<BratAttributions.Annotated> all = BratAttributions.parse(ANN);
        assertEquals(1, all.size());
        BratAttributions.Annotated a = all.get(0);
        assertEquals(2, a.content().size());
        assertArrayEquals(new int[] {40, 52}, a.content().get(1));
        assertArrayEquals(new int[] {0, 8}, a.source().get(0));
        assertArrayEquals(new int[] {9, 13}, a.cue().get(0));
    }
}
