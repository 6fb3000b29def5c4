package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Token;

/**
 * The features the attribution tagger reads for every token of a paragraph: the token and its neighbours (word,
 * lemma, part of speech, shape, entity tag, {@linkplain WordClusters word class}), where it stands (sentence start
 * or end, inside a quotation), the nearest cue before and after it in its sentence (the fitted cue lists) with its
 * distance, at a comma or a conjunction the clauses on either side (a finite verb or none, their length), and what
 * the hand-written rules found there: the quotes' attributions and the reported speech of {@link ReportedSpeechFinder}
 * (the tagger learns when to trust them and what they miss).
 *
 * <p>One instance per document; not thread-safe.
 */
final class TaggerFeatures {

    /** Parts of speech of the words whose role depends on where they stand: conjunctions, prepositions, marks. */
    private static final Set<String> FUNCTION_TAGS = Set.of("CC", "IN", "TO", "WDT", "WP",
            "WRB", ",", ":", "-LRB-", "-RRB-", "''", "``");
    /** Marks of what the rules found at a token. */
    private static final String NONE = "-";

    private final DocumentView doc;
    private final boolean[] inQuotation;
    private final String[] ruleRole;
    private final String[] quoteRole;
    /** Per token: is it a cue; the nearest cue before and after it in its sentence (-1: none); a colon before it. */
    private final boolean[] cue;
    private final int[] leftCue;
    private final int[] rightCue;
    private final boolean[] afterColon;
    /** How many commas, semicolons and colons stand before each token in the document. */
    private final int[] commasBefore;

    /**
     * @param doc      the document
     * @param quotes   its quotes with the attributions the quote rules found
     * @param reported the reported speech the rules found
     */
    TaggerFeatures(DocumentView doc, List<AttributedQuote> quotes, List<ReportedSpeech> reported) {
        this.doc = doc;
        this.inQuotation = ReportedSpeechFinder.quotationMask(doc);
        int n = doc.tokens().size();
        this.ruleRole = new String[n];
        this.quoteRole = new String[n];
        Arrays.fill(ruleRole, NONE);
        Arrays.fill(quoteRole, NONE);
        this.cue = new boolean[n];
        this.leftCue = new int[n];
        this.rightCue = new int[n];
        this.afterColon = new boolean[n];
        this.commasBefore = new int[n + 1];
        for (int k = 0; k < n; k++) {
            String w = doc.token(k).word();
            commasBefore[k + 1] = commasBefore[k] + (w.equals(",") || w.equals(";") || w.equals(":") ? 1 : 0);
        }
        for (int sentence = 0; sentence < doc.sentenceCount(); sentence++) {
            int first = doc.sentenceFirst(sentence);
            int end = doc.sentenceEnd(sentence);
            if (first < 0) {
                continue;
            }
            int last = -1;
            boolean colon = false;
            for (int k = first; k < end; k++) {
                cue[k] = !inQuotation[k] && (ReportedSpeechFinder.isCue(doc, k)
                        || ReportedSpeechFinder.isAccordingTo(doc, k, end));
                leftCue[k] = last;
                afterColon[k] = colon;
                if (cue[k]) {
                    last = k;
                }
                colon |= doc.token(k).word().equals(":");
            }
            int next = -1;
            for (int k = end - 1; k >= first; k--) {
                rightCue[k] = next;
                if (cue[k]) {
                    next = k;
                }
            }
        }
        for (ReportedSpeech r : reported) {
            String rule = r.rule().name();
            for (Span piece : r.content()) {
                mark(ruleRole, piece, "C:" + rule);
            }
            r.source().ifPresent(p -> mark(ruleRole, p.first(), p.end(), "S"));
            mark(ruleRole, r.cue(), "Q");
        }
        for (AttributedQuote q : quotes) {
            if (q.speaker().isEmpty()) {
                mark(quoteRole, q.segment().content(), "C0");
                continue;
            }
            mark(quoteRole, q.segment().content(), "C:" + q.rule().name());
            q.cue().ifPresent(c -> mark(quoteRole, c, "Q"));
            mark(quoteRole, q.speaker().get().mention().span(), "S");
        }
    }

    private void mark(String[] roles, Span span, String role) {
        int from = doc.firstTokenAtOrAfter(span.start());
        int to = doc.lastTokenEndingBy(span.end()) + 1;
        mark(roles, from, to, role);
    }

    private static void mark(String[] roles, int from, int to, String role) {
        for (int k = Math.max(0, from); k < Math.min(roles.length, to); k++) {
            roles[k] = role;
        }
    }

    /** @return one sequence per paragraph of the body, in text order */
    List<TaggerSequence> sequences() {
        List<TaggerSequence> out = new ArrayList<>();
        int s = 0;
        while (s < doc.sentenceCount()) {
            int paragraph = doc.paragraphOfSentence(s);
            int first = -1;
            int end = -1;
            for (; s < doc.sentenceCount() && doc.paragraphOfSentence(s) == paragraph; s++) {
                if (doc.sentenceFirst(s) < 0) {
                    continue;
                }
                if (first < 0) {
                    first = doc.sentenceFirst(s);
                }
                end = doc.sentenceEnd(s);
            }
            if (first >= 0 && end > first) {
                List<String[]> features = new ArrayList<>(end - first);
                for (int i = first; i < end; i++) {
                    features.add(of(i, i == first));
                }
                out.add(new TaggerSequence(first, end, features));
            }
        }
        return out;
    }

    /** The features of token {@code i}. */
    private String[] of(int i, boolean paragraphStart) {
        Token t = doc.token(i);
        int sentence = t.sentenceIndex();
        int sFirst = doc.sentenceFirst(sentence);
        int sEnd = doc.sentenceEnd(sentence);
        List<String> f = new ArrayList<>(48);
        f.add("bias");
        String w = doc.lower(i);
        String p = t.pos();
        f.add("w=" + w);
        f.add("l=" + t.lemma());
        f.add("p=" + p);
        f.add("sh=" + shape(t.word()));
        if (!t.ner().equals("O")) {
            f.add("n=" + t.ner());
        }
        WordClusters wc = doc.lexicon().wordClusters();
        String wordClass = wc.fine(w);
        f.add("c=" + wordClass);
        f.add("cc=" + wc.coarse(w));
        f.add("cc-1=" + (i > sFirst ? wc.coarse(doc.lower(i - 1)) : "<s>"));
        f.add("cc+1=" + (i + 1 < sEnd ? wc.coarse(doc.lower(i + 1)) : "</s>"));
        f.add("c=" + wordClass + "|p=" + p);
        f.add("w-1=" + word(i - 1, sFirst, sEnd));
        f.add("w+1=" + word(i + 1, sFirst, sEnd));
        f.add("w-2=" + word(i - 2, sFirst, sEnd));
        f.add("w+2=" + word(i + 2, sFirst, sEnd));
        String p1 = pos(i - 1, sFirst, sEnd);
        String n1 = pos(i + 1, sFirst, sEnd);
        f.add("p-1=" + p1);
        f.add("p+1=" + n1);
        f.add("p-2=" + pos(i - 2, sFirst, sEnd));
        f.add("p+2=" + pos(i + 2, sFirst, sEnd));
        f.add("p-3=" + pos(i - 3, sFirst, sEnd));
        f.add("p+3=" + pos(i + 3, sFirst, sEnd));
        f.add("pp=" + p1 + "|" + p);
        f.add("pn=" + p + "|" + n1);
        // Words that take a complement ("support for", "critical of") and clause openers after a content.
        f.add("lw+1=" + t.lemma().toLowerCase(Locale.ROOT) + "|" + word(i + 1, sFirst, sEnd));
        f.add("w-1w=" + word(i - 1, sFirst, sEnd) + "|" + w);
        f.add("n-1=" + ner(i - 1, sFirst, sEnd));
        f.add("n+1=" + ner(i + 1, sFirst, sEnd));
        if (i == sFirst) {
            f.add("sf");
        }
        if (i == sEnd - 1) {
            f.add("sl");
        }
        if (paragraphStart) {
            f.add("pf");
        }
        f.add("q=" + inQuotation[i]);
        f.add("q-1=" + (i > sFirst && inQuotation[i - 1]) + "|q=" + inQuotation[i]);
        if (cue[i]) {
            f.add("cue");
            f.add("cue=" + cueLemma(i));
            f.add("cueshare=" + bucket(ReportedSpeechFinder.weight(doc, i, sEnd)));
        }
        int left = leftCue[i];
        int right = rightCue[i];
        String ld = left < 0 ? "none" : distance(i - left);
        String rd = right < 0 ? "none" : distance(right - i);
        f.add("lc=" + ld);
        f.add("toend=" + distance(sEnd - i));
        if (left < 0 && right < 0) {
            f.add("nocue|prev=" + previousSentenceHasCue(sentence));
        }
        if (afterColon[i]) {
            f.add("colon");
        }
        f.add("rc=" + rd);
        f.add("lc=" + ld + "|rc=" + rd);
        f.add("lc=" + ld + "|p=" + p);
        f.add("rc=" + rd + "|p=" + p);
        if (left >= 0) {
            f.add("lcl=" + cueLemma(left));
            f.add("lcl=" + cueLemma(left) + "|p=" + p);
            f.add("lcs=" + bucket(ReportedSpeechFinder.weight(doc, left, sEnd)));
            f.add("lcthat=" + (left + 1 < sEnd && doc.lower(left + 1).equals("that")));
            f.add("lccomma=" + commaBetween(left, i));
            f.add("lcclause=" + clauseOpenerBetween(left, i));
            if (FUNCTION_TAGS.contains(p)) {
                f.add("fw=" + w + "|lc=" + ld + "|comma=" + commaBetween(left, i));
            }
        }
        if (right >= 0) {
            f.add("rcl=" + cueLemma(right));
            f.add("rcs=" + bucket(ReportedSpeechFinder.weight(doc, right, sEnd)));
            f.add("rccomma=" + commaBetween(i, right));
        }
        if (p.equals(",") || p.equals("CC") || p.equals(":")) {
            // Whether a content goes on over a comma or a conjunction depends on the clauses on either side.
            String after = clause(i + 1, sEnd, 1);
            f.add("cl+=" + w + "|" + after);
            f.add("cl+=" + w + "|" + after + "|lc=" + (left >= 0) + "|cl-=" + clause(i - 1, sFirst - 1, -1));
        }
        f.add("r=" + ruleRole[i]);
        f.add("r-1=" + (i > 0 ? ruleRole[i - 1] : NONE) + "|r=" + ruleRole[i]);
        f.add("r+1=" + (i + 1 < ruleRole.length ? ruleRole[i + 1] : NONE) + "|r=" + ruleRole[i]);
        f.add("aq=" + quoteRole[i]);
        f.add("aq-1=" + (i > 0 ? quoteRole[i - 1] : NONE) + "|aq=" + quoteRole[i]);
        f.add("r=" + ruleRole[i] + "|aq=" + quoteRole[i]);
        return f.toArray(String[]::new);
    }

    /**
     * What the clause from token {@code from} holds, going by {@code step} up to a comma, semicolon or colon or to
     * {@code stop} (exclusive): whether it has a finite verb ("V", else "N"), then its length (short, medium, long).
     */
    private String clause(int from, int stop, int step) {
        int words = 0;
        boolean verb = false;
        for (int k = from; k != stop; k += step) {
            String tag = doc.token(k).pos();
            if (tag.equals(",") || tag.equals(":")) {
                break;
            }
            verb |= doc.isFiniteVerb(k);
            words++;
        }
        return (verb ? "V" : "N") + (words <= 2 ? "s" : words <= 6 ? "m" : "l");
    }

    /** Whether the sentence before, in the same paragraph, has a cue. */
    private boolean previousSentenceHasCue(int sentence) {
        if (doc.opensParagraph(sentence) || doc.sentenceFirst(sentence - 1) < 0) {
            return false;
        }
        int last = doc.sentenceEnd(sentence - 1) - 1;
        return cue[last] || leftCue[last] >= 0;
    }

    private String cueLemma(int k) {
        return ReportedSpeechFinder.cueLemma(doc.lexicon(), doc.lower(k), doc.token(k).lemma());
    }

    /**
     * Whether a word that opens a new clause (a conjunction, a relative or a subordinating word) stands between two
     * tokens of a sentence, exclusive.
     */
    private boolean clauseOpenerBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String tag = doc.token(k).pos();
            if (tag.equals("CC") || tag.startsWith("W") || (tag.equals("IN") && !doc.lower(k).equals("that"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma, semicolon or colon stands between two tokens. */
    private boolean commaBetween(int from, int to) {
        return commasBefore[to] - commasBefore[from + 1] > 0;
    }

    private String word(int k, int first, int end) {
        return k < first ? "<s>" : k >= end ? "</s>" : doc.lower(k);
    }

    private String pos(int k, int first, int end) {
        return k < first ? "<s>" : k >= end ? "</s>" : doc.token(k).pos();
    }

    private String ner(int k, int first, int end) {
        return k < first || k >= end ? "-" : doc.token(k).ner();
    }

    private static String distance(int d) {
        if (d <= 3) {
            return Integer.toString(d);
        }
        return d <= 6 ? "4-6" : d <= 12 ? "7-12" : d <= 25 ? "13-25" : "26+";
    }

    private static String bucket(double share) {
        return share >= 0.75 ? "hi" : share >= 0.5 ? "mid" : share >= 0.25 ? "lo" : "rare";
    }

    private static String shape(String word) {
        StringBuilder s = new StringBuilder();
        char last = 0;
        for (int k = 0; k < word.length() && s.length() < 4; k++) {
            char c = word.charAt(k);
            char m = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (m != last) {
                s.append(m);
                last = m;
            }
        }
        return s.toString();
    }
}
