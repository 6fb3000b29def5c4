package org.newspipeline.html;

import java.util.List;

/**
 * A page's blocks of text and the containers that may hold its article, for fitting the {@link RootModel}.
 *
 * @param blocks     the page's blocks of text, in document order (one line each of the extracted text)
 * @param candidates the containers, in document order of their first paragraph
 */
public record PageCandidates(List<String> blocks, List<RootCandidate> candidates) {

    /** @throws NullPointerException if a list is null */
    public PageCandidates {
        blocks = List.copyOf(blocks);
        candidates = List.copyOf(candidates);
    }
}
