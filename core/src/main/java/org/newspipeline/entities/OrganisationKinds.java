package org.newspipeline.entities;

import java.util.List;
import java.util.Set;
import org.newspipeline.pipeline.Token;

/**
 * Where a text says in so many words what kind of organisation a name is: the kind right before the name ("the
 * carmaker Kelvara") or heading a phrase set off by a comma after it ("Kelvara, a Leeds-based startup, ..."). The
 * entity grouper reads it with every kind of organisation; the quote rules with the kinds of company, to find the
 * one the text has just called a company. Stateless.
 */
public final class OrganisationKinds {

    /** The most words of the phrase after the comma that says what the name is. */
    private static final int APPOSITION_WORDS = 6;

    private OrganisationKinds() {
    }

    /**
     * @param tokens the document's tokens
     * @param first  the first token of a name
     * @param kinds  the kinds of organisation, lowercase
     * @return whether one of the kinds, a singular noun, stands right before the name in its sentence
     */
    public static boolean before(List<Token> tokens, int first, Set<String> kinds) {
        Token before = first > 0 ? tokens.get(first - 1) : null;
        return before != null && before.sentenceIndex() == tokens.get(first).sentenceIndex()
                && (before.pos().equals("NN") || before.pos().equals("NNP"))
                && kinds.contains(EntityGrouper.key(before.word()));
    }

    /**
     * Whether a phrase set off by a comma, opening with an article, has one of the kinds as its head ("Kelvara, a
     * Danish startup, said"; "Kelvara, the country's largest carmaker by sales,"), and no finite verb follows it: with
     * one, the phrase is the subject of a clause of its own ("her daughter Esme, the church said").
     *
     * @param tokens the document's tokens
     * @param comma  the token right after the name
     * @param kinds  the kinds of organisation, lowercase
     */
    public static boolean inApposition(List<Token> tokens, int comma, Set<String> kinds) {
        if (comma + 2 >= tokens.size() || !tokens.get(comma).word().equals(",")
                || !tokens.get(comma + 1).pos().equals("DT")) {
            return false;
        }
        int sentence = tokens.get(comma).sentenceIndex();
        int head = -1;
        for (int k = comma + 2; k < Math.min(tokens.size(), comma + 2 + APPOSITION_WORDS); k++) {
            Token t = tokens.get(k);
            String pos = t.pos();
            // a participle after a hyphen ends a compound adjective: "a Leeds-based startup"
            boolean compound = pos.equals("VBN") && tokens.get(k - 1).pos().equals("HYPH");
            if (t.sentenceIndex() != sentence || !pos.startsWith("NN") && !pos.startsWith("JJ")
                    && !pos.equals("POS") && !pos.equals("CD") && !pos.equals("HYPH") && !compound) {
                break;
            }
            head = k;
        }
        boolean verbAfter = head + 1 < tokens.size() && tokens.get(head + 1).isFiniteVerb();
        return head > 0 && tokens.get(head).pos().startsWith("NN") && !verbAfter
                && kinds.contains(EntityGrouper.key(tokens.get(head).word()));
    }
}
