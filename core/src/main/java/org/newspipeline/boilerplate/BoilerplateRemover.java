package org.newspipeline.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newspipeline.model.Boilerplate;
import org.newspipeline.model.BoilerplateReason;
import org.newspipeline.model.Paragraph;
import org.newspipeline.pipeline.BodyText;
import org.newspipeline.pipeline.NormalizedText;
import org.newspipeline.pipeline.Stage;

/**
 * Separates the article body from page clutter in plain text, one line at a time.
 *
 * <p>Each line gets a score from general signals: running prose (enough words, sentence punctuation, function
 * words) scores its word count; a short line without sentence punctuation scores a little below zero; a line
 * that one signal marks as clutter (a furniture phrase such as "Audio By" or "Tags:", a timestamp, a line seen
 * twice, no text) scores far below. The body is the densest region of prose: the run of lines with the highest
 * total score; a short line that ends like a sentence counts a little above zero, so that a short quotation or
 * a two-line text is not lost. Short lines inside it (crossheads) stay; lines of hard clutter inside it and every line outside it
 * are removed with their reason. A short line just before the region that is not clutter is kept as the headline.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateRemover implements Stage<NormalizedText, BodyText> {

    private static final double SHORT_LINE_SCORE = -2.5;
    private static final double SHORT_SENTENCE_SCORE = 1;
    private static final int SHORT_SENTENCE_WORDS = 3;
    private static final double CLUTTER_SCORE = -12;
    private static final int HEADLINE_MAX_WORDS = 30;

    private final LineFeatures features;

    /**
     * @param stopWords frequent function words, lowercase
     * @param cues      phrases that open a line of page furniture, lowercase
     */
    public BoilerplateRemover(Set<String> stopWords, Set<String> cues) {
        this.features = new LineFeatures(stopWords, cues);
    }

    @Override
    public BodyText apply(NormalizedText input) {
        String text = input.normalized();
        List<Line> lines = features.lines(text);
        int[] region = densestRegion(lines);
        int first = region[0];
        int last = region[1];
        if (first > 0 && first <= last && isHeadline(lines.get(first - 1))) {
            first--;
        }
        List<Paragraph> body = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        String original = input.original();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean inRegion = i >= first && i <= last;
            if (inRegion && !line.isHardClutter()) {
                body.add(new Paragraph(body.size(), line.span(), line.span().of(original)));
            } else {
                removed.add(new Boilerplate(line.span(), line.span().of(original), reason(line)));
            }
        }
        return new BodyText(input, body, removed);
    }

    /** Maximum-sum contiguous run of line scores; {@code {0, -1}} when no run scores above zero. */
    private static int[] densestRegion(List<Line> lines) {
        double best = 0;
        int bestFirst = 0;
        int bestLast = -1;
        double sum = 0;
        int runFirst = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                runFirst = i;
            }
            sum += score(lines.get(i));
            if (sum > best) {
                best = sum;
                bestFirst = runFirst;
                bestLast = i;
            }
        }
        return new int[] {bestFirst, bestLast};
    }

    private static double score(Line line) {
        if (line.isHardClutter()) {
            return CLUTTER_SCORE;
        }
        if (line.isProse()) {
            return line.words();
        }
        return line.endsSentence() && line.words() >= SHORT_SENTENCE_WORDS ? SHORT_SENTENCE_SCORE : SHORT_LINE_SCORE;
    }

    private static boolean isHeadline(Line line) {
        return !line.isHardClutter() && line.words() >= 3 && line.words() <= HEADLINE_MAX_WORDS;
    }

    private static BoilerplateReason reason(Line line) {
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
        return line.isProse() ? BoilerplateReason.OUTSIDE_ARTICLE : BoilerplateReason.LIST_OR_MENU;
    }

    @Override
    public String name() {
        return "boilerplate";
    }
}
