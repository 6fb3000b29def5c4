package org.newspipeline.model;

/** Why a block of the input was not kept as article body. */
public enum BoilerplateReason {
    /** Opens with a phrase of page furniture: "Audio By", "DISCLAIMER", "Tags:", "Latest Stories", "Share". */
    CLUTTER_CUE,
    /** A relative time or date standing alone, as in lists of stories ("58 minutes -"). */
    TIMESTAMP,
    /** The same line appears more than once in the page. */
    REPEATED_LINE,
    /** A short line without sentence punctuation outside the article text: a menu entry, a link or a story title. */
    LIST_OR_MENU,
    /** A picture's credit, or a caption that ends in one: "Jane Doe/Getty Images", "... (Image: GETTY)". */
    PHOTO_CREDIT,
    /** No letters, or mostly characters that are not text. */
    NOT_TEXT,
    /** Prose-like text that lies outside the densest region of article prose. */
    OUTSIDE_ARTICLE,
    /**
     * HTML mode: the page's markup marks the block as clutter (navigation, header, footer, sidebar, comments,
     * sharing or related links, or a block that is mostly link text).
     */
    PAGE_LAYOUT,
    /**
     * Inside the article's region, but the fitted line model finds the line very unlikely to be body: mostly short
     * lines of furniture such as a share or sign-up label, a "read more" link or a byline; now and then a crosshead.
     */
    UNLIKELY_BODY,
    /**
     * The article's headline, as {@link Metadata#headline()} gives it: not body, but no clutter either. A block
     * removed for another reason is given this one when its text is the headline.
     */
    HEADLINE
}
