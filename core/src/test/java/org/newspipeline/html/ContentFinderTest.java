package org.newspipeline.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentFinderTest {

    private static final String ARTICLE = """
            <div id="story">
            <p>The city council voted on Monday to rebuild the old bridge over the river, ending a year of debate.</p>
            <p>Engineers said the work would take two years and cost about twelve million pounds in all.</p>
            <p>The mayor said the bridge had been closed to lorries since the spring because of cracks.</p>
            <p>Residents, who live near the bridge, have complained for months about the noise, the dust and the
            traffic on the narrow roads of the old town.</p>
            <p>Work will start in March, the council said, and the bridge will reopen, in part, next winter.</p>
            </div>
            """;

    private static Element root(String html) {
        return new ContentFinder().find(BlockSplitter.split(Jsoup.parse(html).body())).root();
    }

    @Test
    void theArticleContainerIsTheRoot() {
        assertEquals("story", root(ARTICLE).id());
    }

    @Test
    void ofContainersThatScoreTheSameTheFirstOnThePageIsTheRoot() {
        // Eight containers whose prose differs by one digit (a repeated block would not vote), each deep enough
        // that no common ancestor collects their points, so they score the same; none may win by chance (hash
        // order): every run picks the first.
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            html.append("<div><div>")
                    .append(ARTICLE.replace("id=\"story\"", "id=\"story" + i + "\"").replace("</p>", " " + i + "</p>"))
                    .append("</div></div>");
        }
        assertEquals("story1", root(html.toString()).id());
    }

    @Test
    void aLongCommentInsideACommentSectionDoesNotBecomeTheRoot() {
        String comment = """
                <div class="comment"><div class="username">reader42</div>
                <div class="content">Well, as I said before, the council, the mayor and the engineers should have
                acted years ago, when the cracks first showed, instead of waiting for the lorries to stop.<br>
                Now, of course, we pay twice as much, as usual, for a bridge nobody, not even the drivers,
                wanted closed in the first place.</div></div>
                """;
        assertEquals("story", root("<div><div>" + ARTICLE + "</div><section><div>" + comment
                + "</div></section></div>").id());
    }

    @Test
    void aListRepeatedOnThePageDoesNotBecomeTheRoot() {
        StringBuilder ticker = new StringBuilder("<ul>");
        for (int i = 0; i < 6; i++) {
            ticker.append("<li><a href='/s").append(i).append("'>Story ").append(i).append("</a> <span>WASHINGTON: ")
                    .append("Officials said on Wednesday, after a long, tense and, at times, bitter meeting, that ")
                    .append("talks, which began in May, would go on, as planned, next week, in Geneva, ")
                    .append(i).append("...</span></li>");
        }
        ticker.append("</ul>");
        String page = "<div class='top'>" + ticker + "</div>" + ARTICLE + "<div class='bottom'>" + ticker + "</div>";
        assertEquals("story", root(page).id());
    }

    @Test
    void aContainerOfSeveralArticlesIsAFeedNotTheRoot() {
        StringBuilder feed = new StringBuilder("<section id='more'><h3>You may also like</h3>");
        for (int i = 0; i < 12; i++) {
            feed.append("<article><p>Another story, number ").append(i).append(", tells of a fair and a fire ")
                    .append("in a town far away by the sea.</p></article>");
        }
        feed.append("</section>");
        assertEquals("story", root("<div><div>" + ARTICLE + feed + "</div></div>").id());
    }

    @Test
    void anArticleBodyDeclaredInMicrodataAboveTheRootIsContentAsAWhole() {
        String html = "<div itemprop='articleBody'><div class='block'><div id='first'>"
                + "<p>Short opening paragraph of the story, before the photo.</p></div></div>"
                + "<div class='block'><figure><img src='a.jpg'></figure></div>"
                + "<div class='block'>" + ARTICLE + "</div></div>";
        ContentFinder.Content content = new ContentFinder().find(BlockSplitter.split(Jsoup.parse(html).body()));
        assertEquals("story", content.root().id());
        assertTrue(content.contains(content.root().ownerDocument().getElementById("first")));
    }

    @Test
    void aPageWithoutParagraphsHasNoRoot() {
        assertNull(root("<ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul>"));
    }
}
