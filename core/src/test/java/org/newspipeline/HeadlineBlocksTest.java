package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Span;

class HeadlineBlocksTest {

    private static Boilerplate block(int start, String text, BoilerplateReason reason) {
        return new Boilerplate(new Span(start, start + text.length()), text, reason);
    }

    @Test
    void theFirstBlockThatIsTheHeadlineIsNamedSo() {
        List<Boilerplate> removed = List.of(block(0, "Menu", BoilerplateReason.LIST_OR_MENU),
                block(5, "Ferry  fares frozen until 2028", BoilerplateReason.LIST_OR_MENU),
                block(40, "Ferry fares frozen until 2028", BoilerplateReason.LIST_OR_MENU));
        List<BoilerplateReason> reasons = HeadlineBlocks.marked(removed, Optional.of("Ferry fares frozen until 2028"))
                .stream().map(Boilerplate::reason).toList();
        assertEquals(List.of(BoilerplateReason.LIST_OR_MENU, BoilerplateReason.HEADLINE,
                BoilerplateReason.LIST_OR_MENU), reasons);
    }

    @Test
    void withoutAHeadlineOrAMatchingBlockNothingChanges() {
        List<Boilerplate> removed = List.of(block(0, "Share this article", BoilerplateReason.CLUTTER_CUE));
        assertEquals(removed, HeadlineBlocks.marked(removed, Optional.empty()));
        assertEquals(removed, HeadlineBlocks.marked(removed, Optional.of("Ferry fares frozen")));
    }
}
