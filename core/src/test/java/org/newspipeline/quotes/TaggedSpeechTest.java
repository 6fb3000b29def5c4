package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the tagger's labels of a paragraph make runs of one role. */
class TaggedSpeechTest {

    /** A paragraph whose tokens are the document's 10th onwards. */
    private static TaggerSequence paragraph(int tokens) {
        return new TaggerSequence(10, 10 + tokens, Collections.nCopies(tokens, new String[0]));
    }

    @Test
    void aContentRunEndsAtItsEndLabel() {
        int e = TaggerModel.END_CONTENT;
        // content over three tokens, a second content right after it, outside, then a one-token content
        int[] labels = {1, 2, e, 2, e, 0, 1};
        assertEquals(List.of(new TaggedSpeech.Run(10, 13), new TaggedSpeech.Run(13, 15),
                        new TaggedSpeech.Run(16, 17)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void anEndLabelAloneIsAOneTokenContent() {
        int[] labels = {0, TaggerModel.END_CONTENT, 0};
        assertEquals(List.of(new TaggedSpeech.Run(11, 12)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CONTENT));
    }

    @Test
    void otherRolesIgnoreTheContentEndLabel() {
        // source, cue over two tokens, content that ends, then a source
        int[] labels = {3, 5, 6, 1, TaggerModel.END_CONTENT, 3, 4};
        assertEquals(List.of(new TaggedSpeech.Run(10, 11), new TaggedSpeech.Run(15, 17)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.SOURCE));
        assertEquals(List.of(new TaggedSpeech.Run(11, 13)),
                TaggedSpeech.runs(paragraph(labels.length), labels, TaggerModel.CUE));
    }
}
