package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    /** The name a one-word phrase resolves to, with nothing found before it. */
    private static Optional<String> resolvedName(String paragraph, String word) {
        TestDocuments.Parsed p = TestDocuments.of(paragraph);
        int k = p.view().firstTokenAtOrAfter(p.text().indexOf(word));
        return new SpeakerResolver().resolve(new SpeakerPhrase(k, k + 1, k), p.view(), new SpeakerHistory(), false)
                .map(ResolvedSpeaker::name);
    }

    @Test
    void aPossessivePronounStandsForTheNameBeforeItAsAPersonalPronounDoes() {
        String text = "Mayor Ida Berg opened the toll bridge on Monday. Critics doubted her claim that it had come in "
                + "under budget.";
        assertEquals(Optional.of("Ida Berg"), resolvedName(text, "her claim"));
        String his = "Harbour chief Tomas Lind closed the quay on Friday. Fishermen disputed his view that the wall "
                + "was unsafe.";
        assertEquals(Optional.of("Tomas Lind"), resolvedName(his, "his view"));
    }
}
