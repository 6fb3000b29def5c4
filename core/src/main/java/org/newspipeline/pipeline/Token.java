package org.newspipeline.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newspipeline.model.Span;

/**
 * One token of the body as CoreNLP analysed it, copied into a plain record.
 *
 * @param index         position among all tokens of the document
 * @param sentenceIndex the sentence it belongs to
 * @param span          where it stands in the original text
 * @param word          the token as written
 * @param pos           its Penn Treebank part-of-speech tag
 * @param lemma         its lemma, lowercase
 * @param ner           its named-entity tag: PERSON, ORGANIZATION, LOCATION or O
 */
public record Token(int index, int sentenceIndex, Span span, String word, String pos, String lemma, String ner) {

    /** Dashes as the tokenizer writes them. */
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    /** @throws NullPointerException if a component is null */
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(ner, "ner");
    }

    /** @return true for a noun of any kind (NN, NNS, NNP, NNPS) */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** @return true for a proper noun (NNP, NNPS) */
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** @return true for a verb of any form */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** @return true for a finite verb: a past or present tense verb, or a modal */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** @return true if the token has no letter or digit */
    public boolean isPunctuation() {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Whether token {@code k} is a dash set off by a blank on either side ("OSLO - The ministry", "Ann Lee - who"),
     * not a hyphen inside a word ("AFL-CIO").
     *
     * @param tokens the document's tokens
     * @param k      an index into them
     * @return true for such a dash
     */
    public static boolean isSpacedDash(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!DASHES.contains(t.word())) {
            return false;
        }
        boolean blankBefore = k == 0 || tokens.get(k - 1).span().end() < t.span().start();
        boolean blankAfter = k + 1 >= tokens.size() || t.span().end() < tokens.get(k + 1).span().start();
        return blankBefore || blankAfter;
    }
}
