package org.newspipeline.quotes;

import org.newspipeline.model.Span;

/**
 * One quoted stretch of one paragraph.
 *
 * @param content   the quoted words, without the marks and surrounding blanks
 * @param outer     from the opening mark to the closing mark inclusive, or to the paragraph end when unclosed
 * @param paragraph the index of the body paragraph it lies in
 * @param closed    false when the quote is still open at the paragraph end (news style for a quote that goes on
 *                  in the next paragraph)
 * @param chain     segments of one quotation running over several paragraphs share this number; otherwise
 *                  it is unique
 */
record QuoteSegment(Span content, Span outer, int paragraph, boolean closed, int chain) {
}
