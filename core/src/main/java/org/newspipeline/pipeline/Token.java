package org.newspipeline.pipeline;

import java.util.Objects;
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

    /** @return true if the token has no letter or digit */
    public boolean isPunctuation() {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
