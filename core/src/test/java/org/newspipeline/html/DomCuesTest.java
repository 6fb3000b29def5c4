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
    void bylinesAndDatesAreRecognisedByTagOrName() {
        assertTrue(DomCues.byline(first("<time datetime='2019-11-18'>Nov 18</time>")));
        assertTrue(DomCues.byline(first("<div class='pb-f-article-byline'>By Ann Lee</div>")));
        assertTrue(DomCues.byline(first("<span class='post-author'>Ann Lee</span>")));
        assertTrue(DomCues.byline(first("<div class='publish-date'>Published 11:34 PM</div>")));
        assertTrue(DomCues.byline(first("<div class='post-meta'>Ann Lee, Nov 18</div>")));
        assertFalse(DomCues.byline(first("<article class='post type-post status-publish'>Text</article>")));
        assertFalse(DomCues.byline(first("<div class='update-box'>Text</div>")));
    }

    @Test
    void theLastWordOfACompoundNameDecides() {
        assertTrue(DomCues.clutterName(first("<div class='sdc-article-related-stories'>Links</div>")));
        assertTrue(DomCues.clutterName(first("<div class='post-comments'>Comments</div>")));
        assertFalse(DomCues.clutterName(first("<div class='related-article-content'>Text</div>")));
        assertFalse(DomCues.clutterName(first("<div class='article__content url-breadcrumb'>Text</div>")));
        assertTrue(DomCues.clutterName(first("<div class='box two-related clear'>Links</div>")));
    }

    @Test
    void aModifierSuffixDoesNotNameTheElement() {
        assertFalse(DomCues.clutterName(first("<section class='review__part review__part--ads'>Text</section>")));
        assertFalse(DomCues.clutterName(first("<div class='StoryPage__Block--WithShare'>Text</div>")));
        assertTrue(DomCues.clutterName(first("<div class='sidebar--left'>Links</div>")));
        assertTrue(DomCues.clutterName(first("<div class='ad-slot--top'>Ad</div>")));
    }

    @Test
    void camelCaseNamesAreReadAsWords() {
        assertTrue(DomCues.clutterName(first("<div id='emailSignup'>Sign up</div>")));
        assertTrue(DomCues.clutterName(first("<div class='relatedArticles'>Links</div>")));
        assertFalse(DomCues.clutterName(first("<div class='storyContent'>Text</div>")));
        assertTrue(DomCues.byline(first("<span class='publishDate'>Nov 18</span>")));
    }

    @Test
    void callToActionBoxIsLayoutByName() {
        assertTrue(DomCues.clutterName(first("<div class='widget-custom-cta-letter'>Support us</div>")));
        assertFalse(DomCues.clutterName(first("<div class='octave'>Text</div>")));
    }
}
