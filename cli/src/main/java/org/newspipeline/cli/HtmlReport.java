package org.newspipeline.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newspipeline.model.Article;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;

/**
 * One article as a self-contained HTML page (inline CSS, no script, no external asset): the text in reading order
 * with each quote highlighted in its speaker's colour, the cue underlined and the speaker's mention in bold; the
 * removed clutter greyed and folded; a side panel listing each speaker with type and quotes. Hovering a quote shows
 * its speaker, rule and confidence. Stateless and thread-safe.
 */
final class HtmlReport {

    private static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e";
    private static final int PANEL_QUOTE_CHARS = 160;

    private HtmlReport() {
    }

    /**
     * @param name    the input's name, shown at the top
     * @param article the article
     * @return the page
     */
    static String page(String name, Article article) {
        Map<Speaker, Integer> colours = new HashMap<>();
        for (int i = 0; i < article.speakers().size(); i++) {
            colours.putIfAbsent(article.speakers().get(i), i);
        }
        StringBuilder h = new StringBuilder(article.text().length() * 3 + 8_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title(name, article))).append(" \u2014 news-pipeline</title>\n")
                .append("<style>\n").append(CSS).append(speakerCss(article.speakers().size()))
                .append("</style>\n</head>\n<body>\n");
        header(h, name, article);
        h.append("<div class=\"layout\">\n<main class=\"article\">\n");
        body(h, article, colours);
        h.append("</main>\n<aside class=\"panel\">\n");
        panel(h, article, colours);
        h.append("</aside>\n</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String title(String name, Article article) {
        return article.body().isEmpty() ? name : shorten(article.body().get(0).text(), 90);
    }

    private static void header(StringBuilder h, String name, Article article) {
        long attributed = article.quotes().stream().filter(q -> q.speaker().isPresent()).count();
        h.append("<header class=\"top\"><span class=\"file\">").append(esc(name)).append("</span>")
                .append("<span class=\"stats\">").append(article.quotes().size()).append(" quotes, ")
                .append(attributed).append(" attributed, ").append(article.speakers().size())
                .append(" speakers, ").append(article.boilerplate().size())
                .append(" blocks of clutter removed</span></header>\n");
    }

    // ---- the article text, in reading order

    private static void body(StringBuilder h, Article article, Map<Speaker, Integer> colours) {
        record Block(Span span, Paragraph paragraph, Boilerplate boilerplate) {
        }
        List<Block> blocks = new ArrayList<>();
        article.body().forEach(p -> blocks.add(new Block(p.span(), p, null)));
        article.boilerplate().forEach(b -> blocks.add(new Block(b.span(), null, b)));
        blocks.sort(Comparator.comparing(Block::span));
        List<Boilerplate> folded = new ArrayList<>();
        boolean headline = true;
        for (Block block : blocks) {
            if (block.boilerplate() != null) {
                folded.add(block.boilerplate());
                continue;
            }
            fold(h, folded);
            Paragraph p = block.paragraph();
            List<Mark> marks = marks(article, p.span(), colours);
            boolean isHeadline = headline && marks.isEmpty() && p.text().length() < 200
                    && !p.text().endsWith(".");
            String tag = isHeadline ? "h1" : "p";
            h.append('<').append(tag).append(" class=\"para\" data-index=\"").append(p.index()).append("\">");
            inline(h, article.text(), p.span(), marks);
            h.append("</").append(tag).append(">\n");
            headline = false;
        }
        fold(h, folded);
        if (blocks.isEmpty()) {
            h.append("<p class=\"empty\">No article text.</p>\n");
        }
    }

    /** Writes a run of removed blocks as one folded, greyed section, and empties the run. */
    private static void fold(StringBuilder h, List<Boilerplate> run) {
        if (run.isEmpty()) {
            return;
        }
        Map<BoilerplateReason, Integer> reasons = new LinkedHashMap<>();
        run.forEach(b -> reasons.merge(b.reason(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        reasons.forEach((r, n) -> counts.add(reasonLabel(r) + (n > 1 ? " \u00d7" + n : "")));
        h.append("<details class=\"clutter\"><summary>").append(run.size())
                .append(run.size() == 1 ? " block" : " blocks").append(" of page clutter removed <span class=\"why\">(")
                .append(esc(String.join(", ", counts))).append(")</span></summary>\n");
        for (Boilerplate b : run) {
            h.append("<div class=\"removed\" title=\"").append(esc("removed: " + b.reason().name())).append("\">")
                    .append("<span class=\"reason\">").append(esc(reasonLabel(b.reason()))).append("</span>")
                    .append(esc(b.text())).append("</div>\n");
        }
        h.append("</details>\n");
        run.clear();
    }

    private static String reasonLabel(BoilerplateReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A piece of inline markup: a quote, a cue or a speaker mention. */
    private record Mark(int start, int end, int rank, String open, String close) {
    }

    private static List<Mark> marks(Article article, Span para, Map<Speaker, Integer> colours) {
        String text = article.text();
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Quote q : article.quotes()) {
            String cls = q.speaker().map(s -> "s" + colours.get(s)).orElse("none");
            if (q.span().overlaps(para) || (q.span().isEmpty() && para.contains(q.span().start()))) {
                int start = q.span().start();
                int end = q.span().end();
                if (start > para.start() && QUOTE_MARKS.indexOf(text.charAt(start - 1)) >= 0) {
                    start--;
                }
                if (end < para.end() && QUOTE_MARKS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                marks.put("q" + q.index(), new Mark(start, end, 0,
                        "<mark id=\"q-" + q.index() + "\" class=\"quote " + cls + "\" title=\""
                                + esc(quoteTip(article, q)) + "\">", "</mark>"));
            }
            q.speakerMention().ifPresent(m -> {
                if (m.span().overlaps(para)) {
                    marks.putIfAbsent("m" + m.span(), new Mark(m.span().start(), m.span().end(), 1,
                            "<b class=\"who " + cls + "\" title=\"" + esc(speakerTip(q.speaker().get())) + "\">",
                            "</b>"));
                }
            });
            q.cue().ifPresent(c -> {
                if (c.overlaps(para)) {
                    marks.putIfAbsent("c" + c, new Mark(c.start(), c.end(), 2,
                            "<span class=\"cue " + cls + "\" title=\"cue\">", "</span>"));
                }
            });
        }
        List<Mark> sorted = new ArrayList<>(marks.values());
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::end, Comparator.reverseOrder())
                .thenComparingInt(Mark::rank));
        return sorted;
    }

    /** Writes the paragraph's text with its marks nested; a mark that crosses an open one is cut at its end. */
    private static void inline(StringBuilder h, String text, Span para, List<Mark> marks) {
        record Open(int end, String close) {
        }
        List<Open> stack = new ArrayList<>();
        int pos = para.start();
        for (Mark m : marks) {
            int start = Math.max(m.start(), para.start());
            int end = Math.min(m.end(), para.end());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= start) {
                Open top = stack.remove(stack.size() - 1);
                h.append(esc(text.substring(pos, top.end()))).append(top.close());
                pos = top.end();
            }
            start = Math.max(start, pos);
            if (!stack.isEmpty()) {
                end = Math.min(end, stack.get(stack.size() - 1).end());
            }
            if (start >= end) {
                continue;
            }
            h.append(esc(text.substring(pos, start))).append(m.open());
            pos = start;
            stack.add(new Open(end, m.close()));
        }
        while (!stack.isEmpty()) {
            Open top = stack.remove(stack.size() - 1);
            h.append(esc(text.substring(pos, top.end()))).append(top.close());
            pos = top.end();
        }
        h.append(esc(text.substring(pos, para.end())));
    }

    private static String quoteTip(Article article, Quote q) {
        if (q.speaker().isEmpty()) {
            return "No speaker in sight (rule " + q.rule() + ")";
        }
        Speaker s = q.speaker().get();
        StringBuilder tip = new StringBuilder(s.name()).append(" (").append(s.type()).append(")\nrule ")
                .append(q.rule()).append(String.format(Locale.ROOT, ", confidence %.2f", q.confidence()));
        q.speakerMention().ifPresent(m -> tip.append("\nmention: ").append(m.text()));
        q.cue().ifPresent(c -> tip.append("\ncue: ").append(article.textOf(c)));
        return tip.toString();
    }

    private static String speakerTip(Speaker s) {
        return "Speaker: " + s.name() + " (" + s.type() + ")";
    }

    // ---- the side panel

    private static void panel(StringBuilder h, Article article, Map<Speaker, Integer> colours) {
        h.append("<h2>Speakers</h2>\n");
        if (article.speakers().isEmpty()) {
            h.append("<p class=\"nobody\">No quote was attributed.</p>\n");
        }
        for (Speaker s : article.speakers()) {
            List<Quote> quotes = article.quotesBy(s);
            if (quotes.isEmpty()) {
                continue;
            }
            h.append("<section class=\"speaker s").append(colours.get(s)).append("\">\n<h3><span class=\"swatch\">")
                    .append("</span>").append(esc(s.name())).append(" <span class=\"type\">").append(s.type())
                    .append("</span><span class=\"count\">").append(quotes.size())
                    .append(quotes.size() == 1 ? " quote" : " quotes").append("</span></h3>\n");
            quoteList(h, quotes);
            h.append("</section>\n");
        }
        List<Quote> unattributed = article.quotes().stream().filter(q -> q.speaker().isEmpty()).toList();
        if (!unattributed.isEmpty()) {
            h.append("<section class=\"speaker none\">\n<h3><span class=\"swatch\"></span>No speaker in sight")
                    .append("<span class=\"count\">").append(unattributed.size())
                    .append(unattributed.size() == 1 ? " quote" : " quotes").append("</span></h3>\n");
            quoteList(h, unattributed);
            h.append("</section>\n");
        }
        h.append("<p class=\"legend\"><mark class=\"quote s-legend\">\u201cquote\u201d</mark> in its speaker\u2019s ")
                .append("colour, <b>speaker mention</b>, <span class=\"cue s-legend\">cue</span> underlined, ")
                .append("<span class=\"removed-legend\">removed clutter</span> greyed and folded. ")
                .append("Hover over a quote for its speaker and rule.</p>\n");
    }

    private static void quoteList(StringBuilder h, List<Quote> quotes) {
        h.append("<ol>\n");
        for (Quote q : quotes) {
            h.append("<li><a href=\"#q-").append(q.index()).append("\">\u201c")
                    .append(esc(shorten(q.text(), PANEL_QUOTE_CHARS))).append("\u201d</a>")
                    .append("<span class=\"rule\">").append(esc(ruleLabel(q))).append("</span></li>\n");
        }
        h.append("</ol>\n");
    }

    private static String ruleLabel(Quote q) {
        return q.rule().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    // ---- colours and style

    /** @return one rule per speaker: a hue by the golden angle, so neighbours differ whatever their number */
    private static String speakerCss(int speakers) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < speakers; i++) {
            double hue = (205 + i * 137.508) % 360;
            css.append(String.format(Locale.ROOT, ".s%d{--bg:hsl(%.0f 90%% 86%%);--fg:hsl(%.0f 70%% 30%%)}%n",
                    i, hue, hue));
        }
        return css.toString();
    }

    private static final String CSS = """
            :root{--bg:#eee;--fg:#555;color-scheme:light}
            *{box-sizing:border-box}
            body{margin:0;background:#f6f5f1;color:#1d1d1f;font:16px/1.6 Georgia,'DejaVu Serif',serif}
            .top{display:flex;justify-content:space-between;gap:1em;padding:.6em 1.5em;background:#23262b;color:#eee;
              font:13px/1.4 system-ui,'DejaVu Sans',sans-serif}
            .top .file{font-weight:600;overflow-wrap:anywhere}
            .layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:2em;max-width:1320px;margin:0 auto;
              padding:1.5em}
            .article{background:#fff;padding:1.5em 2.5em;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            h1.para{font-size:1.6em;line-height:1.25;margin:.4em 0 .8em}
            p.para{margin:0 0 1em}
            mark.quote{background:var(--bg);color:inherit;padding:.05em .1em;
              border-radius:2px;cursor:help;-webkit-box-decoration-break:clone;box-decoration-break:clone}
            mark.quote.none{background:transparent;border:1px dashed #999}
            mark.quote:target{outline:2px solid var(--fg)}
            .cue{text-decoration:underline 2.5px var(--fg);text-underline-offset:4px}
            b.who{color:var(--fg)}
            details.clutter{margin:.3em 0 1em;color:#8a8a8a;font:13px/1.45 system-ui,'DejaVu Sans',sans-serif;
              border-left:3px solid #ddd;padding-left:.8em}
            details.clutter summary{cursor:pointer;color:#999}
            details.clutter .why{color:#b5b5b5}
            .removed{margin:.2em 0}
            .removed .reason{display:inline-block;min-width:8.5em;color:#b0b0b0;
              font-size:11px;text-transform:uppercase;letter-spacing:.03em}
            .panel{font:14px/1.45 system-ui,'DejaVu Sans',sans-serif;position:sticky;top:1em;align-self:start;
              max-height:calc(100vh - 2em);overflow:auto}
            .panel h2{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:#666;margin:.2em 0 .6em}
            .speaker{background:#fff;border-radius:6px;border-left:6px solid var(--fg);padding:.6em .9em;
              margin-bottom:.8em;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            .speaker.none{border-left:6px dashed #aaa}
            .speaker h3{margin:0 0 .3em;font-size:15px;display:flex;align-items:center;gap:.4em;flex-wrap:wrap}
            .swatch{width:.9em;height:.9em;border-radius:2px;background:var(--bg);border:2px solid var(--fg)}
            .speaker.none .swatch{background:#fff;border:1px dashed #999}
            .type{font-size:10px;font-weight:600;letter-spacing:.05em;color:var(--fg);border:1px solid var(--fg);
              border-radius:3px;padding:0 .35em}
            .count{margin-left:auto;font-weight:400;color:#777;font-size:12px}
            .speaker ol{margin:0;padding-left:1.3em}
            .speaker li{margin:.25em 0}
            .speaker a{color:#222;text-decoration:none}
            .speaker a:hover{text-decoration:underline}
            .rule{display:block;color:#999;font-size:11px}
            .legend{color:#777;font-size:12px;margin-top:1em}
            .s-legend{--bg:#ffe58a;--fg:#a07800}
            .removed-legend{color:#999}
            .empty,.nobody{color:#888}
            @media (max-width:900px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none}}
            """;

    /**
     * @param s text
     * @return {@code s} with {@code & < > " '} escaped, safe in element content and quoted attributes
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
