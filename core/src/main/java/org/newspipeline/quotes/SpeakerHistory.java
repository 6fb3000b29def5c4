package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newspipeline.model.Span;

/**
 * The sources found so far in a document, kept in the text order of their mentions, so that pronoun resolution
 * finds those of a few sentences by binary search: its cost follows the sentences it looks at, not the number of
 * quotes before. Also remembers the source added last. One per document; not thread-safe.
 */
final class SpeakerHistory {

    private final List<ResolvedSpeaker> byPosition = new ArrayList<>();
    private ResolvedSpeaker lastAdded;

    /** @param speaker a source just found; sources mostly come in text order, so adding is cheap */
    void add(ResolvedSpeaker speaker) {
        int start = speaker.mention().span().start();
        int i = byPosition.size();
        while (i > 0 && byPosition.get(i - 1).mention().span().start() > start) {
            i--;
        }
        byPosition.add(i, speaker);
        lastAdded = speaker;
    }

    /** @return the source added last, if any */
    Optional<ResolvedSpeaker> lastAdded() {
        return Optional.ofNullable(lastAdded);
    }

    /**
     * @param span a mention's span
     * @return the source found before for a mention of exactly that span, if any
     */
    Optional<ResolvedSpeaker> at(Span span) {
        return startingIn(span.start(), span.start() + 1).stream().filter(s -> s.mention().span().equals(span))
                .findFirst();
    }

    /**
     * @param from the first offset
     * @param to   the offset after the last
     * @return the sources whose mention starts in [from, to), the latest first
     */
    List<ResolvedSpeaker> startingIn(int from, int to) {
        int lo = 0;
        int hi = byPosition.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byPosition.get(mid).mention().span().start() < to) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<ResolvedSpeaker> out = new ArrayList<>();
        for (int i = lo - 1; i >= 0 && byPosition.get(i).mention().span().start() >= from; i--) {
            out.add(byPosition.get(i));
        }
        return out;
    }
}
