package org.newspipeline.quotes;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newspipeline.pipeline.Token;

/**
 * The relative clauses around a report's source and cue: which "who" opens the clause a cue stands in, what the
 * pronoun stands for ("Ann Lee, 38, a nurse who ..."), and which clause a phrase stands in. The source of a cue in a
 * relative clause is its pronoun and the speaker the pronoun's antecedent, as PolNeAR's annotators read it.
 */
final class RelativeClauses {

    /** The marks that may set a relative clause off from the noun phrase it is about: a comma or a dash. */
    static final Set<String> SETS_OFF_CLAUSE = Set.of(",", "-", "--", "\u2013", "\u2014");
    /** The most words a stretch set off by commas between a relative pronoun and its cue may hold. */
    private static final int MAX_SET_OFF_WORDS = 16;
    /** Words tagged as prepositions that open a clause with a subject of its own ("who until Ann Lee decided"). */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("after", "although", "as", "because", "before", "if",
            "once", "since", "than", "though", "unless", "until", "whether", "while");
    /** The tags of the words of a noun group after a preposition ("in two earlier rulings"). */
    private static final Pattern NOUN_GROUP_TAG = Pattern.compile("DT|PDT|CD|JJ[RS]?|NNP?S?|PRP\\$|POS");

    private final DocumentView doc;

    RelativeClauses(DocumentView doc) {
        this.doc = doc;
    }

    /**
     * The "who" or "whom" after a comma that opens the relative clause a phrase stands in ("Ann Lee, who wrote to
     * patients"), if the nearest one before the phrase in its sentence does.
     */
    Optional<SpeakerPhrase> clauseAround(SpeakerPhrase phrase) {
        int sentenceFirst = doc.sentenceFirst(doc.token(phrase.first()).sentenceIndex());
        return earlierPronoun(phrase.first(), sentenceFirst).filter(p -> doc.token(p.first() - 1).word().equals(","));
    }

    /**
     * The "who" after {@code from} that opens the clause of the cue ("the senator, a lawyer who has argued that
     * ..."): the source as the words of the clause name it, the speaker still the words before it. Between the
     * pronoun and the cue may stand adverbs and auxiliaries, prepositional phrases ("who on Tuesday endorsed", "who in
     * two rulings had said") or a clause set off by commas ("who, after a long meeting, said"); the clause's subject
     * is then still the pronoun.
     */
    Optional<SpeakerPhrase> pronounBefore(int cueToken, int from) {
        int sentence = doc.token(cueToken).sentenceIndex();
        for (int k = cueToken - 1; k >= from && doc.token(k).sentenceIndex() == sentence; k--) {
            if (doc.lower(k).equals("who")) {
                return leadsToCue(k + 1, cueToken) ? Optional.of(new SpeakerPhrase(k, k + 1, k))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the words from {@code from} up to the cue leave the relative pronoun before them the cue's subject:
     * adverbs, auxiliaries and prepositional phrases, or a stretch set off by commas right after the pronoun.
     */
    boolean leadsToCue(int from, int cueToken) {
        int k = from;
        if (k < cueToken && doc.token(k).word().equals(",") && !doc.isQuoted(k)) {
            int close = k + 1;
            while (close < cueToken && !doc.token(close).word().equals(",")) {
                close++;
            }
            if (close >= cueToken || close - k > MAX_SET_OFF_WORDS) {
                return false;
            }
            k = close + 1;
        }
        while (k < cueToken) {
            Token t = doc.token(k);
            if (Phrases.isAuxiliaryOrAdverb(t)) {
                k++;
            } else if (t.pos().equals("IN") && !CLAUSE_PREPOSITIONS.contains(doc.lower(k)) && !doc.isQuoted(k)) {
                int end = k + 1;
                while (end < cueToken && NOUN_GROUP_TAG.matcher(doc.token(end).pos()).matches()) {
                    end++;
                }
                if (end == k + 1) {
                    return false;
                }
                k = end;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * For a source that is a lone relative pronoun ("who", "which"), the noun phrase it follows, over a comma or a
     * dash ("the senator - who ...") and an age between commas ("Ann Lee, 38, who ..."), as
     * {@link Phrases#endingAt} reads it ("the party's nominee for president, who ..."); when that phrase is an
     * appositive of a name ("Ann Lee, a teacher who ..."), the name. After "and" ("..., whom the mayor appointed, and
     * who ..."), the antecedent of the clause before.
     */
    Optional<SpeakerPhrase> antecedent(SpeakerPhrase phrase) {
        if (phrase.end() - phrase.first() != 1 || !Phrases.isRelativePronoun(doc.token(phrase.first()))) {
            return Optional.empty();
        }
        int sentenceFirst = doc.sentenceFirst(doc.token(phrase.first()).sentenceIndex());
        int k = phrase.first() - 1;
        if (k > sentenceFirst && doc.lower(k).equals("and")) {
            // "Ann Lee, whom the mayor appointed, and who ...": the second clause is about what the first is
            return earlierPronoun(k, sentenceFirst).flatMap(this::antecedent);
        }
        if (k >= sentenceFirst && SETS_OFF_CLAUSE.contains(doc.token(k).word())) {
            k--;
        }
        // "Ann Lee, 38, who ...": the age between the commas describes the name before it
        k = beforeAge(k, sentenceFirst);
        if (k < sentenceFirst || !doc.token(k).pos().startsWith("NN")) {
            return Optional.empty();
        }
        return Phrases.endingAt(doc, Phrases.beforePersonalDetails(doc, k, sentenceFirst), sentenceFirst)
                .map(p -> appositiveName(p, sentenceFirst).orElse(p));
    }

    /** The nearest "who" or "whom" before token {@code k} in its sentence, if any. */
    private Optional<SpeakerPhrase> earlierPronoun(int k, int sentenceFirst) {
        for (int j = k - 1; j > sentenceFirst; j--) {
            if (doc.lower(j).equals("who") || doc.lower(j).equals("whom")) {
                return Optional.of(new SpeakerPhrase(j, j + 1, j));
            }
        }
        return Optional.empty();
    }

    /**
     * For "who", the noun group after the last preposition of its antecedent ("a victory for the senator, who ...":
     * "the senator"), which the pronoun stands for when it names a person or a group; empty for another pronoun or
     * when the antecedent has no preposition.
     */
    Optional<SpeakerPhrase> nearestNounGroup(SpeakerPhrase pronoun, SpeakerPhrase antecedent) {
        if (!doc.lower(pronoun.first()).equals("who")) {
            return Optional.empty();
        }
        for (int k = antecedent.end() - 2; k > antecedent.first(); k--) {
            if (Phrases.isLink(doc, k)) {
                return Optional.of(new SpeakerPhrase(k + 1, antecedent.end(), antecedent.end() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The token before an age set off by commas that ends at {@code k} ("Ann Lee, 38"): the name's last word, or
     * {@code k} itself when no age ends there.
     */
    private int beforeAge(int k, int sentenceFirst) {
        return k - 1 > sentenceFirst && doc.token(k).pos().equals("CD") && doc.token(k - 1).word().equals(",")
                ? k - 2 : k;
    }

    /**
     * The name before a phrase that opens with a determiner after a comma ("Ann Lee, a teacher", "Ann Lee, 38, a
     * teacher"), if any.
     */
    private Optional<SpeakerPhrase> appositiveName(SpeakerPhrase phrase, int sentenceFirst) {
        int name = beforeAge(phrase.first() - 2, sentenceFirst);
        if (name < sentenceFirst || !doc.token(phrase.first()).pos().equals("DT")
                || !doc.token(name + 1).word().equals(",") || !doc.token(name).pos().startsWith("NNP")) {
            return Optional.empty();
        }
        return Phrases.endingAt(doc, name, sentenceFirst);
    }
}
