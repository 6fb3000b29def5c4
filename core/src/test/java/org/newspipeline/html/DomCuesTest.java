package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DomCuesTest {

    private static Element first(String html) {
        return Jsoup.parse(html).body().child(0);
    }

    @Test
    void captionsAndCreditsAreRecognisedByTagOrName() {
        assertTrue(DomCues.caption(first("<figcaption>A bridge.</figcaption>")));
        assertTrue(DomCues.caption(first("<span class='newsCaption'>A bridge.</span>")));
        assertTrue(DomCues.caption(first("<div class='InlineImage-imageEmbedCredit'>AP</div>")));
        assertFalse(DomCues.caption(first("<div class='article-body'>Text.</div>")));
    }

    @Test
    void callToActionBoxIsLayoutByName() {
        assertTrue(DomCues.clutterName(first("<div class='widget-custom-cta-letter'>Support us</div>")));
        assertFalse(DomCues.clutterName(first("<div class='octave'>Text</div>")));
    }
}
