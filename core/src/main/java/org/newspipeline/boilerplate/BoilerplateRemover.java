package org.newspipeline.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newspipeline.config.ConfigResources;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.NormalizedText;
import org.newspipeline.pipeline.Stage;

/**
 * Separates the article body from page clutter in plain text, one line at a time.
 *
 * <p>Each line gets a score from general signals (see {@link LineScorer}): running prose scores its word count,
 * short lines without sentence punctuation (menus, link lists, story titles) score below zero, and lines that one
 * signal marks as clutter (a furniture phrase, a timestamp, no text, a tag cloud) score far below. The body is the
 * densest region of prose: the run of lines with the highest total score. Inside it, short lines (crossheads) stay
 * and hard clutter goes, and so does a repeated short line with a copy outside the region (a share bar or a
 * newsletter box that the page shows twice); a short line just before it that is not clutter is kept as the
 * headline. A line of nothing but pasted markup tags (an embedded tweet) is removed but weighs nothing either way.
 * An article pasted twice is read from its first copy; the second is removed as repeated ({@link SecondCopy}).
 * Every removed line is recorded with its reason.
 *
 * <p>In HTML mode the extractor adds a {@link BlockHint} per line with evidence from the markup, which shifts the
 * line's score; a line the markup marks as layout is removed wherever it stands.
 *
 * <p>The pipeline's remover ({@link #standard()}) does not use these scores directly in HTML mode, nor in text mode
 * for a text with page furniture: it feeds them, with the region they find, to a learned {@link LineModel} as
 * features, and searches the densest region of the model's scores. In HTML mode the run that starts just after the
 * article's headline wins over a heavier one elsewhere when it weighs nearly half as much.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateRemover implements Stage<NormalizedText, BodyText> {

    private static final int HEADLINE_MAX_WORDS = 30;
    /** A clutter line that does not stand alone between two lines of prose ends the region. */
    private static final double BARRIER_SCORE = -40;
    private static final int MAX_CROSSED_CLUTTER = 3;
    /**
     * What a barrier weighs in HTML mode when the learned model scores the lines: the markup already tells the model
     * much of what a run of clutter tells the rule, so the run weighs less there (chosen by cross-validation by site
     * among 0, -5, -10, -20 and -40, by the mean of the two F1s as the model's threshold is).
     */
    private static final double HTML_BARRIER_SCORE = -10;
    /** Short lines between a run of clutter and the prose it stands between (see {@link #markBarriers}). */
    private static final int MAX_LABEL_LINES = 2;
    /** Lines that are no prose (a photo credit, a share bar) a lead paragraph may stand above the region by. */
    private static final int MAX_LEAD_GAP = 6;
    /** A comments heading opens the comment section only after this many words of prose. */
    static final int COMMENTS_AFTER_WORDS = 80;
    /** A heading that counts the comments ends the article after this many words of prose. */
    static final int COUNTED_COMMENTS_AFTER_WORDS = 20;
    private static final double COMMENTS_WEIGHT = 0.2;
    /**
     * The region that starts just after the article's headline wins over a heavier one elsewhere when it weighs at
     * least this share of it; it starts at most this many lines after the headline (both chosen by cross-validation
     * by site, among 0.15, 0.3, 0.45 and 0.6, and 3, 6 and 12 lines).
     */
    private static final double HEADLINE_SHARE = 0.45;
    private static final int HEADLINE_WINDOW = 6;
    /**
     * A line inside the region goes when the learned model, measured against its threshold, gives it a probability
     * of being body below this (chosen by cross-validation by site among 0.1, 0.2, 0.33 and 0.5).
     */
    static final double UNLIKELY_BODY = 0.2;
    private static final double UNLIKELY_LOGIT = Math.log(UNLIKELY_BODY / (1 - UNLIKELY_BODY));
    /**
     * A line of prose outside the region is body too when the learned model gives it a log-odds above this, measured
     * against its threshold, and it appears once on the page (in HTML mode, only inside the content root): the region
     * is one run of lines, and a story that a block of furniture cuts in two (captions and credits, a share bar, a
     * read-also box) would lose its other part. Chosen by cross-validation by site among 0, 0.5, 1 and 2 (text mode
     * first; HTML mode then gained with the same value once the line had to be in the content root).
     */
    static final double LIKELY_BODY_LOGIT = 0.5;

    /**
     * In text mode, a text whose hand-set region holds at least this share of its words is clean prose (an article
     * without its page): the hand-set scorer reads it; the learned model reads texts with more page furniture.
     */
    static final double CLEAN_TEXT_SHARE = 0.9;

    private final LineFeatures features;
    private final LineScorer scorer = new LineScorer();
    private final LineModel textModel;
    private final LineModel htmlModel;

    /**
     * The remover the pipeline uses: the word lists of {@code models-config} and the learned line models
     * ({@link LineModel#text()}, {@link LineModel#html()}), which do better on sites they were not fitted on. In text
     * mode the learned model reads only texts with page furniture: a text whose hand-set region holds nearly all its
     * words ({@link #CLEAN_TEXT_SHARE}), an article without its page, keeps the hand-set scorer, which cuts fewer
     * last paragraphs of clean articles.
     *
     * @return the remover
     * @throws IllegalStateException if a word list or the model is missing from the classpath
     */
    public static BoilerplateRemover standard() {
        return new BoilerplateRemover(ConfigResources.wordSet("stopwords.txt"),
                ConfigResources.wordSet("boilerplate-cues.txt"), LineModel.text(), LineModel.html());
    }

    /**
     * A remover that scores lines with the hand-set scorer in both modes.
     *
     * @param stopWords frequent function words, lowercase
     * @param cues      phrases that open a line of page furniture, lowercase
     */
    public BoilerplateRemover(Set<String> stopWords, Set<String> cues) {
        this(stopWords, cues, null, null);
    }

    /**
     * A remover that scores lines with learned models: each line's features, among them the hand-set scorer's score
     * and region, go through a {@link LineModel}, and the densest-region search reads the model's score; the rules
     * that end the region (runs of clutter, a counted comments heading) and that remove a line inside it stay, and a
     * line inside it that the model finds very unlikely to be body goes too
     * ({@link BoilerplateReason#UNLIKELY_BODY}).
     *
     * @param stopWords frequent function words, lowercase
     * @param cues      phrases that open a line of page furniture, lowercase
     * @param textModel the model for text mode, or null for the hand-set scorer
     * @param htmlModel the model for HTML mode (lines with hints), or null for the hand-set scorer
     */
    public BoilerplateRemover(Set<String> stopWords, Set<String> cues, LineModel textModel, LineModel htmlModel) {
        this.features = new LineFeatures(stopWords, cues);
        this.textModel = textModel;
        this.htmlModel = htmlModel;
    }

    /**
     * One line of a page with its features for the learned model, as the training program reads it.
     *
     * @param span   the line in the text
     * @param words  its word count
     * @param values its features, in the order of {@link LineModel#FEATURES}
     */
    public record FeatureRow(Span span, int words, double[] values) {
    }

    /**
     * The features of every line the region search reads (the second copy of an article pasted twice is left
     * out), for training a {@link LineModel}. The features of the word weights ({@link LineLexicon#LEXICON_FEATURES})
     * are zero here: the model sets them from its own word weights ({@link LineLexicon#fill}).
     *
     * @param input the normalised text, one block per line
     * @param hints evidence from the markup, empty in text mode
     * @return one row per line, in order
     */
    public List<FeatureRow> features(NormalizedText input, List<BlockHint> hints) {
        List<Line> lines = scoredLines(input);
        BlockHint[] hintOf = hintArray(lines, hints);
        HandSet hand = handSet(lines, hintOf, layout(hintOf), markedContent(hintOf), hints.isEmpty());
        double[][] vectors = LineVectors.of(lines, hintOf, !hints.isEmpty(), hand.scores(), hand.region());
        List<FeatureRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            rows.add(new FeatureRow(lines.get(i).span(), lines.get(i).words(), vectors[i]));
        }
        return rows;
    }

    private List<Line> scoredLines(NormalizedText input) {
        List<Line> all = features.lines(input.normalized());
        int secondCopy = SecondCopy.start(all);
        return secondCopy < 0 ? all : SecondCopy.firstPart(all, secondCopy);
    }

    private static BlockHint[] hintArray(List<Line> lines, List<BlockHint> hints) {
        Map<Integer, BlockHint> byStart = new HashMap<>();
        for (BlockHint hint : hints) {
            byStart.put(hint.span().start(), hint);
        }
        BlockHint[] out = new BlockHint[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = byStart.get(lines.get(i).span().start());
        }
        return out;
    }

    @Override
    public BodyText apply(NormalizedText input) {
        return apply(input, List.of());
    }

    /**
     * Removes clutter with evidence from the page's markup.
     *
     * @param input the normalised text, one block per line
     * @param hints evidence for some of its lines, matched by the line's span; lines without a hint get none
     * @return the body and the removed lines
     */
    public BodyText apply(NormalizedText input, List<BlockHint> hints) {
        List<Line> all = features.lines(input.normalized());
        List<Line> lines = scoredLines(input);
        BlockHint[] hintOf = hintArray(lines, hints);
        boolean text = hints.isEmpty();
        LineModel model = text ? textModel : htmlModel;
        boolean[] layout = layout(hintOf);
        boolean[] markedContent = markedContent(hintOf);
        HandSet hand = handSet(lines, hintOf, layout, markedContent, text);
        if (text && model != null && regionShare(lines, withHeadline(lines, layout, hand.region()))
                >= CLEAN_TEXT_SHARE) {
            model = null;
        }
        int[] region;
        boolean[] unlikely = new boolean[lines.size()];
        boolean[] likelyOutside = new boolean[lines.size()];
        if (model != null) {
            double[][] vectors = LineVectors.of(lines, hintOf, !text, hand.scores(), hand.region());
            double[] scores = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                double logit = model.logit(vectors[i], lines.get(i).text());
                scores[i] = LineModel.score(logit, lines.get(i).words());
                unlikely[i] = logit < UNLIKELY_LOGIT;
                likelyOutside[i] = logit > LIKELY_BODY_LOGIT && lines.get(i).isProse() && !lines.get(i).repeated()
                        && (text || hintOf[i] != null && hintOf[i].inContent());
                if (layout[i]) {
                    scores[i] = Math.min(scores[i], LineScorer.CLUTTER_SCORE);
                }
            }
            // the model reads menus, lists and comment sections as features; only the barriers stay rules
            double[] weighed = barriers(lines, layout, markedContent, scores,
                    text ? BARRIER_SCORE : HTML_BARRIER_SCORE);
            region = densestRegion(weighed);
            region = afterHeadline(weighed, hintOf, region);
        } else {
            region = hand.region();
        }
        // no region at all (a short live page whose headed posts read as a list): its prose, rather than no body
        boolean noRegion = region[1] < region[0];
        int first = region[0];
        int last = region[1];
        int regionFirst = first;
        if (!text && first <= last) {
            first = withLead(lines, layout, first);
        }
        first = withHeadline(lines, layout, new int[] {first, last})[0];
        RepeatedLines repeats = RepeatedLines.of(lines);
        List<Paragraph> body = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        String original = input.original();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // the furniture between a lead paragraph and the region (a byline, a date, a credit) is not body
            boolean leadGap = i > first && i < regionFirst && !line.isProse();
            boolean inRange = i >= first && i <= last;
            boolean inRegion = inRange && !leadGap || !inRange && likelyOutside[i];
            boolean orphanProse = noRegion && line.isProse() && !line.repeated() && !line.cookieNotice();
            boolean kept = (inRegion || orphanProse) && !layout[i] && !line.isHardClutter() && !line.isKeywordRun()
                    && !(inRange && i != first && repeats.copiedOutside(i, first, last)) && !line.photoCredit();
            if (kept && (!unlikely[i] || orphanProse)) {
                body.add(new Paragraph(body.size(), line.span(), line.span().of(original)));
            } else {
                // a line only the model removes from inside the region gets the model's reason
                BoilerplateReason why = kept ? BoilerplateReason.UNLIKELY_BODY : reason(line, layout[i]);
                removed.add(new Boilerplate(line.span(), line.span().of(original), why));
            }
        }
        for (int i = lines.size(); i < all.size(); i++) {
            // the second copy of an article pasted twice
            Span span = all.get(i).span();
            removed.add(new Boilerplate(span, span.of(original), BoilerplateReason.REPEATED_LINE));
        }
        return new BodyText(input, body, removed);
    }

    /**
     * The scores the region search reads: comment sections after line {@code commentsFrom} discounted, menus and
     * story lists marked, runs of clutter made barriers (free to cross between lines the markup marks as content).
     *
     * @return {@code scores}, changed in place
     */
    private static double[] weigh(List<Line> lines, boolean[] layout, boolean[] markedContent, double[] scores,
                                  boolean text, int commentsFrom) {
        discountComments(lines, scores, commentsFrom);
        if (text) {
            // in HTML mode the markup already weighs menus and lists
            markMenuRuns(scores);
            DataLists.mark(lines, scores);
        }
        StoryLists.mark(lines, scores);
        markBarriers(lines, layout, markedContent, scores, BARRIER_SCORE);
        return scores;
    }

    /**
     * The learned model's scores with the rules that end the region: a heading that counts the comments after the
     * first stretch of prose, and runs of clutter (see {@link #markBarriers}).
     *
     * @return {@code scores}, changed in place
     */
    private static double[] barriers(List<Line> lines, boolean[] layout, boolean[] markedContent, double[] scores,
                                     double barrier) {
        int proseWords = 0;
        boolean counted = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!counted && line.countedComments() && proseWords >= COUNTED_COMMENTS_AFTER_WORDS) {
                counted = true;
                scores[i] = Math.min(scores[i], barrier);
            }
            if (line.isProse()) {
                proseWords += line.words();
            }
        }
        markBarriers(lines, layout, markedContent, scores, barrier);
        return scores;
    }

    /**
     * Prose after a comment-section heading ("34 Comments", "Leave a reply") that follows the first stretch of
     * article prose (counted from {@code from}, where the article begins; a "Comments feed" link in a sidebar before
     * it is no heading) is more likely reader comments than article text: its positive scores are cut. After a heading
     * that counts the comments ("10 thoughts on “Title”") nothing is article any more: the heading ends the region
     * and the prose after it scores nothing. That heading is sought over the whole page, after the first stretch of
     * prose from its top: a first pass may have taken the comments, when they are longer than a short post, for the
     * article.
     */
    private static void discountComments(List<Line> lines, double[] scores, int from) {
        int proseWords = 0;
        int proseWordsFrom = 0;
        boolean inComments = false;
        boolean counted = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i >= from && !inComments && line.commentsHeading() && proseWordsFrom >= COMMENTS_AFTER_WORDS) {
                inComments = true;
            }
            if (!counted && line.countedComments() && proseWords >= COUNTED_COMMENTS_AFTER_WORDS) {
                counted = true;
                scores[i] = Math.min(scores[i], BARRIER_SCORE);
            }
            if (counted && scores[i] > 0) {
                scores[i] = 0;
            } else if (inComments && scores[i] > 0) {
                scores[i] *= COMMENTS_WEIGHT;
            }
            if (line.isProse()) {
                proseWords += line.words();
                proseWordsFrom += i >= from ? line.words() : 0;
            }
        }
    }

    /**
     * A run of clutter lines ends the region unless it is short and stands between two lines of prose (an
     * "Advertisement" line or a timestamp inside a live blog). In HTML mode, a run of any length between two lines of
     * prose that the markup places in the content (hint above zero) costs nothing: its lines go, the article goes on.
     */
    private static void markBarriers(List<Line> lines, boolean[] layout, boolean[] markedContent, double[] scores,
                                     double barrier) {
        int[] proseBefore = proseBefore(lines, layout);
        int[] proseFrom = proseFrom(lines, layout);
        int i = 0;
        while (i < lines.size()) {
            if (!isBarrierLine(lines.get(i), layout[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && isBarrierLine(lines.get(end), layout[end])) {
                end++;
            }
            boolean prose = i > 0 && end < lines.size() && lines.get(i - 1).isProse() && lines.get(end).isProse();
            int before = proseBefore[i];
            int after = end < lines.size() ? proseFrom[end] : -1;
            boolean inContent = before >= 0 && after >= 0 && markedContent[before] && markedContent[after];
            boolean between = prose && end - i <= MAX_CROSSED_CLUTTER;
            for (int k = i; k < end; k++) {
                scores[k] = inContent ? 0 : between ? LineScorer.CLUTTER_SCORE : barrier;
            }
            i = end;
        }
    }

    /**
     * For every line, the nearest line of prose before it, across clutter and across at most
     * {@value #MAX_LABEL_LINES} short lines in a row that are neither prose nor clutter (a heading, a "Contents"
     * label); -1 if there is none. One pass.
     */
    private static int[] proseBefore(List<Line> lines, boolean[] layout) {
        int[] before = new int[lines.size()];
        int last = -1;
        int labels = 0;
        for (int k = 0; k < lines.size(); k++) {
            before[k] = last;
            if (lines.get(k).isProse()) {
                last = k;
                labels = 0;
            } else if (isBarrierLine(lines.get(k), layout[k])) {
                labels = 0;
            } else if (++labels > MAX_LABEL_LINES) {
                last = -1;
            }
        }
        return before;
    }

    /** For every line, the nearest line of prose at or after it, as {@link #proseBefore} looks back. One pass. */
    private static int[] proseFrom(List<Line> lines, boolean[] layout) {
        int[] from = new int[lines.size()];
        int next = -1;
        int labels = 0;
        for (int k = lines.size() - 1; k >= 0; k--) {
            if (lines.get(k).isProse()) {
                next = k;
                labels = 0;
            } else if (isBarrierLine(lines.get(k), layout[k])) {
                labels = 0;
            } else if (++labels > MAX_LABEL_LINES) {
                next = -1;
            }
            from[k] = next;
        }
        return from;
    }

    private static boolean isBarrierLine(Line line, boolean layout) {
        return layout || line.isHardClutter() && !line.markupOnly();
    }

    private static final int MENU_RUN = 4;
    private static final double MENU_SCORE = -8;

    /**
     * A run of several lines in a row that all score below zero (menu entries, story titles, bylines) is a
     * section of page furniture: each of its lines weighs more, so the region crosses it only for much prose.
     */
    private static void markMenuRuns(double[] scores) {
        int i = 0;
        while (i < scores.length) {
            if (scores[i] >= 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < scores.length && scores[end] < 0) {
                end++;
            }
            if (end - i >= MENU_RUN) {
                for (int k = i; k < end; k++) {
                    scores[k] = Math.min(scores[k], MENU_SCORE);
                }
            }
            i = end;
        }
    }

    /** Per line: does the markup mark it as layout. */
    private static boolean[] layout(BlockHint[] hintOf) {
        boolean[] out = new boolean[hintOf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = hintOf[i] != null && hintOf[i].layout();
        }
        return out;
    }

    /** Per line: does the markup place it in the content (a hint above zero). */
    private static boolean[] markedContent(BlockHint[] hintOf) {
        boolean[] out = new boolean[hintOf.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = hintOf[i] != null && hintOf[i].prior() > 0;
        }
        return out;
    }

    /** The region with the headline right above it, if there is one: the article's title belongs to its body. */
    private static int[] withHeadline(List<Line> lines, boolean[] layout, int[] region) {
        int first = region[0];
        boolean headline = first > 0 && first <= region[1] && !layout[first - 1] && isHeadline(lines.get(first - 1));
        return headline ? new int[] {first - 1, region[1]} : region;
    }

    /** The share of the words of all lines that the lines of the region hold. */
    private static double regionShare(List<Line> lines, int[] region) {
        long all = 0;
        long inside = 0;
        for (int i = 0; i < lines.size(); i++) {
            all += lines.get(i).words();
            if (i >= region[0] && i <= region[1]) {
                inside += lines.get(i).words();
            }
        }
        return all == 0 ? 1 : (double) inside / all;
    }

    /** The hand-set scorer's verdict: each line's weighed score and the region it finds. */
    private record HandSet(double[] scores, int[] region) {
    }

    private HandSet handSet(List<Line> lines, BlockHint[] hintOf, boolean[] layout, boolean[] markedContent,
                            boolean text) {
        double[] scores = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BlockHint hint = hintOf[i];
            scores[i] = scorer.score(lines.get(i), i, lines.size(), !text) + (hint == null ? 0 : hint.prior());
            if (layout[i]) {
                scores[i] = Math.min(scores[i], LineScorer.CLUTTER_SCORE);
            }
        }
        // a first pass finds where the article begins; comment sections are sought only after that
        int[] region = densestRegion(weigh(lines, layout, markedContent, scores.clone(), text, lines.size()));
        scores = weigh(lines, layout, markedContent, scores, text, region[0] <= region[1] ? region[0] : 0);
        return new HandSet(scores, densestRegion(scores));
    }

    /**
     * The region the article's headline opens (HTML mode): the best run that starts within
     * {@value #HEADLINE_WINDOW} lines after the headline, taken instead of {@code region} when it weighs at least
     * {@value #HEADLINE_SHARE} of it. A page's short article under its headline is often outweighed by a longer
     * run of comments, an author's box or a list of offers further down.
     */
    private static int[] afterHeadline(double[] scores, BlockHint[] hintOf, int[] region) {
        int headline = -1;
        for (int i = 0; i < hintOf.length && headline < 0; i++) {
            if (hintOf[i] != null && hintOf[i].headline()) {
                headline = i;
            }
        }
        boolean opensHere = region[0] > headline && region[0] <= headline + HEADLINE_WINDOW;
        if (headline < 0 || region[0] > region[1] || opensHere) {
            return region;
        }
        double best = 0;
        int bestFirst = -1;
        int bestLast = -1;
        for (int s = headline + 1; s <= Math.min(scores.length - 1, headline + HEADLINE_WINDOW); s++) {
            double sum = 0;
            for (int e = s; e < scores.length; e++) {
                sum += scores[e];
                if (sum > best) {
                    best = sum;
                    bestFirst = s;
                    bestLast = e;
                }
            }
        }
        double global = 0;
        for (int i = region[0]; i <= region[1]; i++) {
            global += scores[i];
        }
        return bestFirst >= 0 && best >= HEADLINE_SHARE * global ? new int[] {bestFirst, bestLast} : region;
    }

    /** Maximum-sum contiguous run of scores; {@code {0, -1}} when no run scores above zero. */
    private static int[] densestRegion(double[] scores) {
        double best = 0;
        int bestFirst = 0;
        int bestLast = -1;
        double sum = 0;
        int runFirst = 0;
        for (int i = 0; i < scores.length; i++) {
            if (sum <= 0) {
                sum = 0;
                runFirst = i;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestFirst = runFirst;
                bestLast = i;
            }
        }
        return new int[] {bestFirst, bestLast};
    }

    /**
     * The first line of the article's region with its lead: a paragraph of prose outside layout that stands just
     * above the region, apart from it by at most {@value #MAX_LEAD_GAP} lines that are no prose, is the article's
     * opening, which pages often set outside the container of the rest. The lines between stay out of the body.
     */
    private static int withLead(List<Line> lines, boolean[] layout, int first) {
        int k = first - 1;
        while (k >= 0 && first - 1 - k < MAX_LEAD_GAP && !lines.get(k).isProse()) {
            k--;
        }
        return k >= 0 && lines.get(k).isProse() && !layout[k] ? k : first;
    }

    private static boolean isHeadline(Line line) {
        return !line.isHardClutter() && !line.repeated() && line.words() >= 3 && line.words() <= HEADLINE_MAX_WORDS;
    }

    private static BoilerplateReason reason(Line line, boolean layout) {
        if (layout) {
            return BoilerplateReason.PAGE_LAYOUT;
        }
        if (line.notText()) {
            return BoilerplateReason.NOT_TEXT;
        }
        if (line.clutterCue()) {
            return BoilerplateReason.CLUTTER_CUE;
        }
        if (line.timestamp()) {
            return BoilerplateReason.TIMESTAMP;
        }
        if (line.repeated()) {
            return BoilerplateReason.REPEATED_LINE;
        }
        if (line.photoCredit()) {
            return BoilerplateReason.PHOTO_CREDIT;
        }
        return line.isProse() ? BoilerplateReason.OUTSIDE_ARTICLE : BoilerplateReason.LIST_OR_MENU;
    }

    @Override
    public String name() {
        return "boilerplate";
    }
}
