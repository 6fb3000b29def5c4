package org.newspipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.pipeline.DisplayText;

/**
 * Names the removed block that is the article's headline as such: the boilerplate stage removes a headline as a
 * short line without a sentence end (a menu entry, by its shape), and the metadata reader finds it to be the
 * headline. Blocks compare by their text as {@link DisplayText} shows it, case aside; the first that matches is
 * named (a later copy keeps its own reason). Stateless.
 */
final class HeadlineBlocks {

    private HeadlineBlocks() {
    }

    /**
     * @param removed  the blocks removed from the article, in text order
     * @param headline the article's headline, if any
     * @return the blocks, the first whose text is the headline given {@link BoilerplateReason#HEADLINE}
     */
    static List<Boilerplate> marked(List<Boilerplate> removed, Optional<String> headline) {
        if (headline.isEmpty() || removed.isEmpty()) {
            return removed;
        }
        String wanted = comparable(headline.get());
        List<Boilerplate> out = new ArrayList<>(removed);
        for (int i = 0; i < out.size(); i++) {
            Boilerplate b = out.get(i);
            if (comparable(b.text()).equals(wanted)) {
                out.set(i, new Boilerplate(b.span(), b.text(), BoilerplateReason.HEADLINE));
                return List.copyOf(out);
            }
        }
        return removed;
    }

    private static String comparable(String text) {
        return DisplayText.of(text).toLowerCase(Locale.ROOT);
    }
}
