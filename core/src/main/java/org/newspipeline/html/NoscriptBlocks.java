package org.newspipeline.html;

/**
 * Takes {@code <noscript>} blocks out of a page's HTML before it is parsed, as a browser that runs scripts reads
 * them: as raw text that is never shown. A parser without scripts reads their content as markup instead, and one
 * element left open inside ({@code <noscript><div></noscript>}) then swallows the rest of the page into the
 * noscript element, which the extractor drops with all the text in it. A block without its end tag is left as it
 * is. One pass over the page, linear in its length whatever it holds. Stateless.
 */
final class NoscriptBlocks {

    private static final String OPEN = "<noscript";
    private static final String CLOSE = "</noscript";

    private NoscriptBlocks() {
    }

    /**
     * @param html a page's HTML
     * @return the page without its closed {@code <noscript>} blocks (the same string when it has none)
     */
    static String strip(String html) {
        int open = indexOf(html, OPEN, 0);
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (open >= 0) {
            int close = indexOf(html, CLOSE, open + OPEN.length());
            if (close < 0) {
                break;   // no end tag anywhere after: nothing further can close
            }
            int end = html.indexOf('>', close + CLOSE.length());
            if (end < 0) {
                break;
            }
            out.append(html, copied, open);
            copied = end + 1;
            open = indexOf(html, OPEN, copied);
        }
        out.append(html, copied, html.length());
        return out.toString();
    }

    /** The first index of {@code tag} at or after {@code from}, ignoring case and followed by no letter or digit. */
    private static int indexOf(String html, String tag, int from) {
        int n = html.length() - tag.length();
        for (int i = html.indexOf('<', from); i >= 0 && i <= n; i = html.indexOf('<', i + 1)) {
            int after = i + tag.length();
            if (html.regionMatches(true, i, tag, 0, tag.length())
                    && (after == html.length() || !Character.isLetterOrDigit(html.charAt(after)))) {
                return i;
            }
        }
        return -1;
    }
}
