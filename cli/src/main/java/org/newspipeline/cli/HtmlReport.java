package org.newspipeline.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.AttributionKind;
import org.newspipeline.model.AttributionRule;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Passage;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Span;
import org.newspipeline.model.Speaker;
import org.newspipeline.model.SpeakerType;

/**
 * One article as a self-contained HTML page (inline CSS, no script, no external asset): the text in reading order
 * with each quote highlighted in its speaker's colour, reported speech (indirect or mixed) on a stripe of its
 * speaker's colour, the cue underlined and the speaker's mention in bold; the removed clutter greyed and folded; a side panel with the page's headline, authors, date and language (when the
 * input was an HTML page that gives them), each speaker with type and quotes, and the people, organisations and
 * places the article names. Hovering a quote shows its speaker, how it was attributed (in plain words; the rule's
 * name is in the quote's {@code data-rule}) and the confidence. Stateless and thread-safe.
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
        String lang = article.metadata().language().filter(l -> l.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"))
                .orElse("en");
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
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
        if (article.metadata().headline().isPresent()) {
            return shorten(article.metadata().headline().get(), 90);
        }
        return article.body().isEmpty() ? name : shorten(article.body().get(0).text(), 90);
    }

    private static void header(StringBuilder h, String name, Article article) {
        long attributed = article.quotes().stream().filter(q -> q.speaker().isPresent()).count();
        long speakers = article.speakers().stream().filter(s -> !article.quotesBy(s).isEmpty()).count();
        h.append("<header class=\"top\"><span class=\"file\">").append(esc(name)).append("</span>")
                .append("<span class=\"stats\">").append(count(article.quotes().size(), "quote", "quotes"))
                .append(", ").append(attributed).append(" attributed, ")
                .append(count(speakers, "speaker", "speakers")).append(", ")
                .append(count(article.boilerplate().size(), "block", "blocks"))
                .append(" of clutter removed</span></header>\n");
    }

    /** @return {@code "1 quote"}, {@code "2 quotes"} */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
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
            // A headline is a short first paragraph without a quote; reported speech in it does not matter.
            boolean isHeadline = headline && marks.stream().noneMatch(Mark::ofQuote) && p.text().length() < 200
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
        h.append("<details class=\"clutter\"><summary>").append(count(run.size(), "block", "blocks"))
                .append(" of page clutter removed <span class=\"why\">(")
                .append(esc(String.join(", ", counts))).append(")</span></summary>\n");
        for (Boilerplate b : run) {
            h.append("<div class=\"removed\" title=\"").append(esc("removed: " + b.reason().name())).append("\">")
                    .append("<span class=\"reason\">").append(esc(reasonLabel(b.reason()))).append("</span>")
                    .append(esc(b.text())).append("</div>\n");
        }
        h.append("</details>\n");
        run.clear();
    }

    /** @return why a block was removed, in a few plain words */
    static String reasonLabel(BoilerplateReason reason) {
        return switch (reason) {
            case CLUTTER_CUE -> "page furniture";
            case TIMESTAMP -> "a time alone";
            case REPEATED_LINE -> "repeated";
            case LIST_OR_MENU -> "menu or link";
            case PHOTO_CREDIT -> "photo credit";
            case NOT_TEXT -> "not text";
            case OUTSIDE_ARTICLE -> "outside the article";
            case PAGE_LAYOUT -> "page layout";
            case UNLIKELY_BODY -> "unlikely body";
            case HEADLINE -> "headline";
        };
    }

    /** A piece of inline markup: a quote, reported speech, a cue or a speaker mention. */
    private record Mark(int start, int end, int rank, String open, String close, boolean ofQuote) {
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
                        "<mark id=\"q-" + q.index() + "\" class=\"quote " + cls + "\" data-rule=\"" + q.rule()
                                + "\" title=\"" + esc(quoteTip(article, q)) + "\">", "</mark>", true));
            }
            q.speakerMention().ifPresent(m -> {
                if (m.span().overlaps(para)) {
                    marks.putIfAbsent("m" + m.span(), new Mark(m.span().start(), m.span().end(), 1,
                            "<b class=\"who " + cls + "\" title=\"" + esc(speakerTip(q.speaker().get())) + "\">",
                            "</b>", true));
                }
            });
            q.cue().ifPresent(c -> {
                if (c.overlaps(para)) {
                    marks.putIfAbsent("c" + c, new Mark(c.start(), c.end(), 2,
                            "<span class=\"cue " + cls + "\" title=\"cue\">", "</span>", true));
                }
            });
        }
        for (Attribution a : article.attributions()) {
            if (a.kind() == AttributionKind.DIRECT) {
                continue;
            }
            // Reported speech: its content under a stripe of the speaker's colour, its source and cue as for quotes.
            String cls = a.speaker().map(s -> "s" + colours.get(s)).orElse("none");
            String tip = esc("reported by " + a.speaker().map(Speaker::name).orElse("an unnamed source")
                    + a.cue().map(c -> " (\u201c" + c.of(text) + "\u201d)").orElse(""));
            for (Passage piece : a.content()) {
                if (piece.span().overlaps(para)) {
                    marks.put("r" + a.index() + ":" + piece.span(), new Mark(piece.span().start(),
                            piece.span().end(), -1, "<span class=\"reported " + cls + "\" title=\"" + tip + "\">",
                            "</span>", false));
                }
            }
            a.source().ifPresent(m -> {
                if (m.span().overlaps(para)) {
                    marks.putIfAbsent("m" + m.span(), new Mark(m.span().start(), m.span().end(), 1,
                            "<b class=\"who " + cls + "\">", "</b>", false));
                }
            });
            a.cue().ifPresent(c -> {
                if (c.overlaps(para)) {
                    marks.putIfAbsent("c" + c, new Mark(c.start(), c.end(), 2,
                            "<span class=\"cue " + cls + "\" title=\"cue\">", "</span>", false));
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
            return "No speaker in sight";
        }
        Speaker s = q.speaker().get();
        StringBuilder tip = new StringBuilder(s.name()).append(" (").append(typeLabel(s.type())).append(")\n")
                .append(ruleLabel(q.rule()))
                .append(String.format(Locale.ROOT, ", confidence %.2f", q.confidence()));
        q.speakerMention().ifPresent(m -> tip.append("\nnamed as: ").append(m.text()));
        q.cue().ifPresent(c -> tip.append("\nverb: ").append(article.textOf(c)));
        return tip.toString();
    }

    private static String speakerTip(Speaker s) {
        return "Speaker: " + s.name() + " (" + typeLabel(s.type()) + ")";
    }

    /** @return the speaker type in a word: person, organisation, place, group, other */
    static String typeLabel(SpeakerType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case GPE -> "place";
            case GROUP -> "group";
            case OTHER -> "other";
        };
    }

    /** @return how a quote found its speaker, in words a reader who does not know the rules' names follows */
    static String ruleLabel(AttributionRule rule) {
        return switch (rule) {
            case TRANSCRIPT_LABEL -> "named by the transcript label before the quote";
            case CUE_AFTER_QUOTE -> "named after the quote";
            case CUE_BEFORE_QUOTE -> "named before the quote";
            case CREDIT_LINE -> "credited after the quote";
            case ACCORDING_TO -> "named with \u201caccording to\u201d";
            case TRAILING_CLAUSE -> "named later in the sentence";
            case COLON_PARAGRAPH -> "introduced by the paragraph before";
            case HEADLINE_COLON -> "named before the colon of the headline";
            case REPORTED_SPEECH -> "part of what the source is reported to have said";
            case CONTINUATION -> "same speaker as the words before";
            case REPEATED_QUOTE -> "repeats words quoted elsewhere in the article";
            case REPORTED_AFTER_CUE -> "reported, the source named before";
            case REPORTED_BEFORE_CUE -> "reported, the source named after";
            case REPORTED_AROUND_CUE -> "reported, the source named in the middle";
            case SUBJECT_CUE -> "an impression or expectation the writer reports, no one named";
            case NONE -> "no speaker in sight";
        };
    }

    // ---- the side panel

    private static void panel(StringBuilder h, Article article, Map<Speaker, Integer> colours) {
        about(h, article.metadata());
        h.append("<h2>Speakers</h2>\n");
        Speaker first = null;
        for (Speaker s : article.speakers()) {
            List<Quote> quotes = article.quotesBy(s);
            if (quotes.isEmpty()) {
                continue;
            }
            first = first == null ? s : first;
            h.append("<section class=\"speaker s").append(colours.get(s)).append("\">\n<h3><span class=\"who\">")
                    .append("<span class=\"swatch\"></span>").append(esc(s.name())).append("</span> ")
                    .append("<span class=\"type\">").append(typeLabel(s.type())).append("</span>")
                    .append("<span class=\"count\">").append(count(quotes.size(), "quote", "quotes"))
                    .append("</span></h3>\n");
            quoteList(h, quotes);
            h.append("</section>\n");
        }
        if (first == null) {
            h.append("<p class=\"nobody\">No quote was attributed.</p>\n");
        }
        List<Quote> unattributed = article.quotes().stream().filter(q -> q.speaker().isEmpty()).toList();
        if (!unattributed.isEmpty()) {
            h.append("<section class=\"speaker none\">\n<h3><span class=\"who\"><span class=\"swatch\"></span>")
                    .append("No speaker in sight</span><span class=\"count\">")
                    .append(count(unattributed.size(), "quote", "quotes")).append("</span></h3>\n");
            quoteList(h, unattributed);
            h.append("</section>\n");
        }
        entities(h, article.entities());
        // The legend takes the colours of the first speaker listed, so that it matches what is on the page.
        String sample = first == null ? "none" : "s" + colours.get(first);
        h.append("<p class=\"legend\"><mark class=\"quote ").append(sample)
                .append("\">\u201cquote\u201d</mark> in its speaker\u2019s colour, <b class=\"who ").append(sample)
                .append("\">speaker</b> as named, <span class=\"cue ").append(sample)
                .append("\">said</span> underlined, <span class=\"reported ").append(sample)
                .append("\">reported speech</span> on a stripe of its speaker\u2019s colour, <span class=\"removed-legend\">removed clutter</span> greyed ")
                .append("and folded. Hover over a quote for its speaker and how it was attributed.</p>\n");
    }

    /** The page's headline, authors, date and language, when it gave any. */
    private static void about(StringBuilder h, Metadata metadata) {
        List<String[]> rows = new ArrayList<>();
        metadata.headline().ifPresent(v -> rows.add(new String[] {"Headline", v}));
        if (!metadata.authors().isEmpty()) {
            rows.add(new String[] {"By", String.join(", ", metadata.authors())});
        }
        metadata.publicationDate().ifPresent(v -> rows.add(new String[] {"Published", v}));
        metadata.language().ifPresent(v -> rows.add(new String[] {"Language", languageLabel(v)}));
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h2>Article</h2>\n<dl class=\"about\">\n");
        for (String[] row : rows) {
            h.append("<dt>").append(row[0]).append("</dt><dd>").append(esc(row[1])).append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    /** @return {@code "English (en)"}, or the tag alone when Java does not know the language */
    static String languageLabel(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
    }

    /** The people, organisations and places the article names, the most mentioned first. */
    private static void entities(StringBuilder h, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        h.append("<h2>Named in the article</h2>\n<dl class=\"entities\">\n");
        for (EntityType type : EntityType.values()) {
            List<Entity> ofType = entities.stream().filter(e -> e.type() == type)
                    .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
                    .toList();
            if (ofType.isEmpty()) {
                continue;
            }
            h.append("<dt>").append(switch (type) {
                case PERSON -> "People";
                case ORGANIZATION -> "Organisations";
                case LOCATION -> "Places";
            }).append("</dt><dd>");
            for (int i = 0; i < ofType.size(); i++) {
                Entity e = ofType.get(i);
                h.append(i > 0 ? ", " : "").append("<span class=\"entity\">").append(esc(e.name()));
                if (e.mentions().size() > 1) {
                    h.append(" <span class=\"times\">\u00d7").append(e.mentions().size()).append("</span>");
                }
                h.append("</span>");
            }
            h.append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    private static void quoteList(StringBuilder h, List<Quote> quotes) {
        h.append("<ol>\n");
        for (Quote q : quotes) {
            h.append("<li><a href=\"#q-").append(q.index()).append("\">\u201c")
                    .append(esc(shorten(panelText(q.text()), PANEL_QUOTE_CHARS))).append("\u201d</a>")
                    .append("<span class=\"rule\">").append(esc(ruleLabel(q.rule()))).append("</span></li>\n");
        }
        h.append("</ol>\n");
    }

    /**
     * @param quote a quote's text
     * @return the text without the comma, colon or semicolon that joined it to the sentence around it
     *         ({@code We won,} is listed as {@code We won})
     */
    static String panelText(String quote) {
        int end = quote.length();
        while (end > 0 && (Character.isWhitespace(quote.charAt(end - 1))
                || ",;:".indexOf(quote.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 ? quote : quote.substring(0, end);
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
            span.reported{background:linear-gradient(transparent 62%, var(--bg) 62%);cursor:help;
              -webkit-box-decoration-break:clone;box-decoration-break:clone}
            span.reported.none{background:linear-gradient(transparent 62%, #e4e4e4 62%)}
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
            .speaker h3{margin:0 0 .3em;font-size:15px;display:flex;align-items:baseline;gap:.4em;flex-wrap:wrap}
            .speaker h3 .who{display:flex;align-items:baseline;gap:.4em;min-width:0;overflow-wrap:anywhere}
            .swatch{flex:none;width:.9em;height:.9em;border-radius:2px;background:var(--bg);
              border:2px solid var(--fg);align-self:center}
            .speaker.none .swatch{background:#fff;border:1px dashed #999}
            .type{font-size:11px;font-weight:600;letter-spacing:.03em;color:var(--fg);border:1px solid var(--fg);
              border-radius:3px;padding:0 .35em;white-space:nowrap}
            .count{margin-left:auto;font-weight:400;color:#777;font-size:12px;white-space:nowrap}
            .speaker ol{margin:0;padding-left:1.3em}
            .speaker li{margin:.25em 0}
            .speaker a{color:#222;text-decoration:none}
            .speaker a:hover{text-decoration:underline}
            .rule{display:block;color:#999;font-size:11px}
            .legend{color:#777;font-size:12px;margin-top:1em}
            .legend mark.quote{cursor:default}
            dl.about,dl.entities{background:#fff;border-radius:6px;padding:.6em .9em;margin:0 0 1.2em;
              box-shadow:0 1px 3px rgba(0,0,0,.08);display:grid;grid-template-columns:auto 1fr;gap:.2em .8em}
            dl.about dt,dl.entities dt{color:#777;font-size:12px;padding-top:.1em}
            dl.about dd,dl.entities dd{margin:0;overflow-wrap:anywhere}
            .entity .times{color:#999;font-size:11px}
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
