package org.newspipeline.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.entities.Entities;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.Token;

/**
 * What the attribution rules read of one document: its tokens by sentence, which tokens lie inside quotes, and its
 * entities. Built once per document; not shared between threads.
 */
final class DocumentView {

    private final Linguistics ling;
    private final Entities entities;
    private final Lexicon lexicon;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    private final boolean[] quoted;
    /** How many words after a name's comma its apposition may run to reach the role ("the party's spokesman"). */
    private static final int APPOSITION_WORDS = 6;
    /** How many sentences back an organisation named may be for "the company" to stand for it. */
    static final int ORGANISATION_REACH = 6;

    /** Lower-cased last name word of each person entity to its index, or -1 when two persons share it. */
    private Map<String, Integer> surnames;
    private Map<String, Integer> roles;

    DocumentView(Linguistics ling, Entities entities, Lexicon lexicon, List<QuoteSegment> segments) {
        this.ling = ling;
        this.entities = entities;
        this.lexicon = lexicon;
        int n = ling.sentences().size();
        this.sentenceFirst = new int[n];
        this.sentenceEnd = new int[n];
        Arrays.fill(sentenceFirst, -1);
        for (Token t : ling.tokens()) {
            if (sentenceFirst[t.sentenceIndex()] < 0) {
                sentenceFirst[t.sentenceIndex()] = t.index();
            }
            sentenceEnd[t.sentenceIndex()] = t.index() + 1;
        }
        this.quoted = new boolean[ling.tokens().size()];
        for (QuoteSegment s : segments) {
            for (int i = firstTokenAtOrAfter(s.outer().start()); i < quoted.length
                    && tokens().get(i).span().start() < s.outer().end(); i++) {
                quoted[i] = true;
            }
        }
    }

    String text() {
        return ling.text();
    }

    List<Token> tokens() {
        return ling.tokens();
    }

    Token token(int i) {
        return ling.tokens().get(i);
    }

    Entities entities() {
        return entities;
    }

    /**
     * The one person entity whose name ends with {@code word} (ignoring case), found in an index built on first
     * use.
     *
     * @return its index in {@code entities().entities()}; empty when no person or more than one has that surname
     */
    Optional<Integer> personBySurname(String word) {
        if (surnames == null) {
            surnames = new HashMap<>();
            List<Entity> all = entities.entities();
            for (int i = 0; i < all.size(); i++) {
                Entity e = all.get(i);
                if (e.type() == EntityType.PERSON) {
                    String[] parts = e.name().split("\\s+");
                    surnames.merge(parts[parts.length - 1].toLowerCase(Locale.ROOT), i, (a, b) -> -1);
                }
            }
        }
        Integer found = surnames.get(word.toLowerCase(Locale.ROOT));
        return found == null || found < 0 ? Optional.empty() : Optional.of(found);
    }

    /**
     * The organisation that a definite phrase headed by an organisation noun stands for: the latest organisation
     * named outside quotes within {@value #ORGANISATION_REACH} sentences before whose name has the noun ("the
     * council" after "Westbrook Town Council"), or else, for a company noun ({@link Lexicon#companyNouns()}), the one
     * organisation named there ("the airline" after "Norvik Air cancelled 40 flights"; none when two are).
     *
     * @param head  the token of the organisation noun
     * @param first the first token of the phrase it heads
     * @return the organisation's index in {@code entities().entities()}
     */
    Optional<Integer> organisationByNoun(int head, int first) {
        String lemma = token(head).lemma().toLowerCase(Locale.ROOT);
        int sentence = token(first).sentenceIndex();
        int from = sentenceFirst[Math.max(0, sentence - ORGANISATION_REACH)];
        List<EntityMention> before = entities.within(Math.max(0, from), first);
        Set<Integer> named = new HashSet<>();
        for (int k = before.size() - 1; k >= 0; k--) {
            EntityMention m = before.get(k);
            if (m.type() != EntityType.ORGANIZATION || quoted[m.firstToken()]) {
                continue;
            }
            for (String word : entities.entities().get(m.entity()).name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.equals(lemma) || word.equals(lower(head))) {
                    return Optional.of(m.entity());
                }
            }
            named.add(m.entity());
        }
        return lexicon.companyNouns().contains(lemma) && named.size() == 1 ? named.stream().findFirst()
                : Optional.empty();
    }

    /**
     * The one person the text names with this role, next to the name: "spokesman Tom Berg", "Tom Berg, the
     * party's spokesman," "the party's spokesman, Tom Berg," or "the mayor of Eastport, Tom Berg,". Found in an index
     * built on first use.
     *
     * <p>A rank before the role makes it another office ({@link Lexicon#roleRanks()}): "the prime minister" is not
     * the person named as "the minister", nor "the vice president" the one named as president.
     *
     * @param role  the token of a role noun ("governor")
     * @param first the first token of the phrase it heads: a rank right before the role is read from there on
     * @return the person's index in {@code entities().entities()}; empty when no person, or more than one, has it
     */
    Optional<Integer> personByRole(int role, int first) {
        Integer found = roles().get(office(role, first));
        return found == null || found < 0 ? Optional.empty() : Optional.of(found);
    }

    /** The offices (role nouns, with their rank) the text gives a person next to the name; -1 for an ambiguous one. */
    private Map<String, Integer> roles() {
        if (roles == null) {
            roles = new HashMap<>();
            for (EntityMention m : entities.within(0, ling.tokens().size())) {
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                int before = m.firstToken() - 1;
                boolean apposed = before >= 0 && token(before).word().equals(",");
                if (apposed) {
                    // "the party's spokesman, Tom Berg, said", closed by a comma: in "... than the chief, Tom Berg
                    // said" the comma ends a clause
                    boolean closed = m.endToken() < ling.tokens().size() && token(m.endToken()).word().equals(",");
                    before = closed ? before - 1 : -1;
                }
                int role = before >= 0 && isRoleNoun(before) ? before : apposed && before >= 0 ? roleOf(before) : -1;
                if (role >= 0) {
                    roles.merge(office(role, 0), m.entity(), DocumentView::onlyOne);
                }
                int after = appositionRole(m.endToken());
                if (after >= 0) {
                    roles.merge(office(after, 0), m.entity(), DocumentView::onlyOne);
                }
            }
        }
        return roles;
    }

    /**
     * A role noun's lemma with the rank right before it, if there is one from token {@code first} on: "minister",
     * "prime minister".
     */
    private String office(int role, int first) {
        String lemma = roleLemma(role);
        String before = role - 1 >= first ? token(role - 1).word().toLowerCase(Locale.ROOT) : "";
        return lexicon.roleRanks().contains(before) ? before + " " + lemma : lemma;
    }

    /**
     * In "the mayor of Eastport, Tom Berg," the role noun that "of" or "for" joins to what it heads, the phrase
     * ending at {@code last}, at most {@value #APPOSITION_WORDS} words back and with no comma or verb between; -1 if
     * none.
     */
    private int roleOf(int last) {
        for (int k = last; k > 0 && k > last - APPOSITION_WORDS; k--) {
            String w = token(k).word();
            if (w.equals(",") || token(k).isVerb()) {
                return -1;
            }
            if ((w.equals("of") || w.equals("for")) && isRoleNoun(k - 1)) {
                return k - 1;
            }
        }
        return -1;
    }

    /** The one entity index two findings agree on, else -1 (ambiguous). */
    private static Integer onlyOne(Integer a, Integer b) {
        return a.equals(b) ? a : -1;
    }

    /** In "Tom Berg, the party's spokesman," the role noun that ends the apposition after the comma at {@code at}. */
    private int appositionRole(int at) {
        int n = ling.tokens().size();
        if (at >= n || !token(at).word().equals(",")) {
            return -1;
        }
        for (int k = at + 1; k < n && k <= at + APPOSITION_WORDS; k++) {
            String w = token(k).word();
            boolean closes = k + 1 >= n || token(k + 1).word().equals(",") || token(k + 1).word().equals(".")
                    || token(k + 1).word().equals("of") || token(k + 1).word().equals("for");
            if (isRoleNoun(k) && closes) {
                return k;
            }
            if (w.equals(",") || w.equals(".") || token(k).pos().startsWith("V")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isRoleNoun(int k) {
        return token(k).pos().equals("NN") && lexicon.roleNouns().contains(roleLemma(k));
    }

    private String roleLemma(int k) {
        return token(k).lemma().toLowerCase(Locale.ROOT);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    int tokenCount() {
        return quoted.length;
    }

    int sentenceCount() {
        return sentenceFirst.length;
    }

    int sentenceFirst(int sentence) {
        return sentenceFirst[sentence];
    }

    int sentenceEnd(int sentence) {
        return sentenceEnd[sentence];
    }

    int paragraphOfSentence(int sentence) {
        return ling.sentences().get(sentence).paragraphIndex();
    }

    /** @return true if the token lies inside a quote, its marks included */
    boolean isQuoted(int token) {
        return quoted[token];
    }

    /** @return the index of the first token starting at or after the offset, or the token count */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = ling.tokens().size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ling.tokens().get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return the index of the last token ending at or before the offset, or -1 */
    int lastTokenEndingBy(int offset) {
        int i = firstTokenAtOrAfter(offset) - 1;
        while (i >= 0 && ling.tokens().get(i).span().end() > offset) {
            i--;
        }
        return i;
    }

    /** @return the index of the first token after the quote's closing mark, or -1 when none is left in its paragraph */
    int tokenAfter(QuoteSegment quote) {
        int i = firstTokenAtOrAfter(quote.outer().end());
        return i < ling.tokens().size() && paragraphOfSentence(token(i).sentenceIndex()) == quote.paragraph() ? i : -1;
    }

    /** @return the index of the quote's opening mark (the first token at or after its start), or the token count */
    int openingToken(QuoteSegment quote) {
        return firstTokenAtOrAfter(quote.outer().start());
    }

    /**
     * @return the sentence holding the quote's first words, or -1. Not the sentence of its opening mark: CoreNLP may
     *         attach a straight opening mark to the sentence before ({@code ... said Smith. "} then the quote).
     */
    int sentenceOf(QuoteSegment quote) {
        int i = firstTokenAtOrAfter(quote.content().start());
        return i < ling.tokens().size() ? ling.tokens().get(i).sentenceIndex() : -1;
    }

    /** @return the sentence that contains the offset, or the nearest before it; -1 if none */
    int sentenceAt(int offset) {
        int i = lastTokenEndingBy(offset + 1);
        if (i < 0) {
            i = Math.min(firstTokenAtOrAfter(offset), ling.tokens().size() - 1);
        }
        return i < 0 ? -1 : ling.tokens().get(i).sentenceIndex();
    }

    /** @return true if every token of the sentence outside quotes is punctuation */
    boolean isOnlyQuotation(int sentence) {
        for (int i = sentenceFirst[sentence]; i < sentenceEnd[sentence]; i++) {
            if (!quoted[i] && !token(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true for a verb whose lemma is a reporting verb, or for "said" and "says" whatever their tag (the
     *         tagger takes a capitalised "Said" opening a sentence for a name); false for a reporting verb in the
     *         passive ("Residents were told to leave", "he was asked about it"), whose subject is not who speaks
     */
    boolean isCue(int i) {
        Token t = token(i);
        if (quoted[i] || isPassive(i)) {
            return false;
        }
        String word = lower(i);
        return (t.isVerb() && lexicon.reportingVerbs().contains(t.lemma())) || word.equals("said") || word.equals("says");
    }

    /** Whether token {@code i} is a past participle in the passive ("were told"), see {@link SubjectContent}. */
    private boolean isPassive(int i) {
        return SubjectContent.isPassive(k -> token(k).lemma(), k -> token(k).pos(), i,
                sentenceFirst(token(i).sentenceIndex()));
    }

    /** @return the token's word, lowercase */
    String lower(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** @return whether token {@code i} is a finite verb: a past or present tense verb, or a modal */
    boolean isFiniteVerb(int i) {
        String pos = token(i).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** @return the span from the start of one token to the end of another */
    Span span(int first, int endExclusive) {
        return new Span(token(first).span().start(), token(endExclusive - 1).span().end());
    }
}
