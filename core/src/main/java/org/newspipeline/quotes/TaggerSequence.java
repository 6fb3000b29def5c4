package org.newspipeline.quotes;

import java.util.List;

/**
 * What the attribution tagger reads of one paragraph: the document's tokens {@code first} to {@code end}
 * (exclusive) and each one's feature names.
 *
 * @param first    the index of the paragraph's first token in the document
 * @param end      one past the index of its last token
 * @param features the feature names of each token, {@code end - first} of them
 */
public record TaggerSequence(int first, int end, List<String[]> features) {

    /** Copies the list. */
    public TaggerSequence {
        features = List.copyOf(features);
        if (features.size() != end - first) {
            throw new IllegalArgumentException("need " + (end - first) + " feature sets, got " + features.size());
        }
    }
}
