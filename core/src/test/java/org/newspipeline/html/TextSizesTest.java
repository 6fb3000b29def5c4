package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextSizesTest {

    @Test
    void countsTheNonBlankCharactersOfEachElement() {
        Document doc = Jsoup.parse("<div id='a'><p id='b'>ab c</p><span id='c'>  d </span></div><p id='d'>xyz</p>");
        TextSizes sizes = TextSizes.of(doc.body());
        assertEquals(4, sizes.chars(doc.getElementById("a")));
        assertEquals(3, sizes.chars(doc.getElementById("b")));
        assertEquals(1, sizes.chars(doc.getElementById("c")));
        assertEquals(7, sizes.chars(doc.body()));
        assertTrue(sizes.mayBeShort(doc.getElementById("a"), 4));
        assertFalse(sizes.mayBeShort(doc.getElementById("a"), 3));
    }

    @Test
    void anElementOfManyNodesAndLittleTextIsNotShort() {
        Document doc = Jsoup.parse("<div id='a'>" + "<span></span>".repeat(300) + "x</div>");
        TextSizes sizes = TextSizes.of(doc.body());
        assertEquals(1, sizes.chars(doc.getElementById("a")));
        assertFalse(sizes.mayBeShort(doc.getElementById("a"), 10));
        assertTrue(sizes.mayBeShort(doc.getElementById("a"), 100));
    }

    @Test
    void pageLayoutAnswersAsTheUnmemoisedWalk() {
        Document doc = Jsoup.parse("<div class='layout-with-sidebar'><h1>Title</h1><article><p>Text.</p>"
                + "<div class='share'><a href='#'>Share</a></div></article><aside><p>Other</p></aside>"
                + "<div class='related-posts'><ul><li>One</li></ul></div></div><footer><p>End</p></footer>");
        Set<Element> wrappers = MarkupValues.pageWrappers(doc);
        PageLayout layout = new PageLayout(wrappers);
        int inLayout = 0;
        for (Element e : doc.getAllElements()) {
            boolean expected = MarkupValues.inLayout(e, wrappers);
            assertEquals(expected, layout.inLayout(e), e.cssSelector());
            inLayout += expected ? 1 : 0;
        }
        assertTrue(inLayout >= 8, "the page has layout to find: " + inLayout);
    }
}
