package org.newspipeline.quotes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newspipeline.entities.Entities;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.entities.OrganisationKinds;
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
    /** The most capitalised words read as qualifying a role: "North Ostland" in "the North Ostland governor". */
    private static final int MAX_QUALIFIER_WORDS = 3;
    /** How many sentences back an organisation named may be for "the company" to stand for it. */
    static final int ORGANISATION_REACH = 6;

    /** Lower-cased last name word of each person entity to its index, or -1 when two persons share it. */
    private Map<String, Integer> surnames;
    /** Lower-cased first name word of each organisation entity of two words or more, as {@link #surnames}. */
    private Map<String, Integer> organisationFirstWords;
    private Map<String, Integer> roles;
    /** The offices some person is named with a capitalised word before: "North Ostland governor". */
    private final Set<String> qualifiedOffices = new HashSet<>();
    /** The offices that a common noun before the role narrows for someone: "leader" in "group leader Ann Lee". */
    private final Set<String> modifiedOffices = new HashSet<>();
    /**
     * Per office, the common noun that owned or narrowed it where a person was named with it ("airport" in "the
     * airport's director, Ann Lee," and in "airport director Ann Lee"), "" for none, {@value #OWNERS_DIFFER} when
     * the persons named with it disagree.
     */
    private final Map<String, String> officeOwners = new HashMap<>();
    private static final String OWNERS_DIFFER = "?";

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
            surnames = nameWordIndex(EntityType.PERSON, 1, parts -> parts[parts.length - 1]);
        }
        return onlyOne(surnames, word);
    }

    /**
     * The one organisation entity of two words or more whose name starts with {@code word} (ignoring case): "Acme"
     * after "Acme Robotics", where the entity tagger left the short form untagged. Found in an index built on first
     * use.
     *
     * @return its index in {@code entities().entities()}; empty when no organisation or more than one starts so
     */
    Optional<Integer> organisationByFirstWord(String word) {
        if (organisationFirstWords == null) {
            organisationFirstWords = nameWordIndex(EntityType.ORGANIZATION, 2, parts -> parts[0]);
        }
        return onlyOne(organisationFirstWords, word);
    }

    /**
     * One word of the name of each entity of the type with at least {@code minWords} words, lower-cased, to the
     * entity's index, or to -1 when two entities share it.
     */
    private Map<String, Integer> nameWordIndex(EntityType type, int minWords, Function<String[], String> pick) {
        Map<String, Integer> index = new HashMap<>();
        List<Entity> all = entities.entities();
        for (int i = 0; i < all.size(); i++) {
            Entity e = all.get(i);
            String[] parts = e.name().split("\\s+");
            if (e.type() == type && parts.length >= minWords) {
                index.merge(pick.apply(parts).toLowerCase(Locale.ROOT), i, (a, b) -> -1);
            }
        }
        return index;
    }

    private static Optional<Integer> onlyOne(Map<String, Integer> index, String word) {
        Integer found = index.get(word.toLowerCase(Locale.ROOT));
        return found == null || found < 0 ? Optional.empty() : Optional.of(found);
    }

    /**
     * The organisation that a definite phrase headed by an organisation noun stands for: the latest organisation
     * named outside quotes within {@value #ORGANISATION_REACH} sentences before whose name has the noun ("the
     * council" after "Westbrook Town Council"), or else, for a company noun ({@link Lexicon#companyNouns()}), the one
     * organisation named there ("the airline" after "Norvik Air cancelled 40 flights"; when two are, the one the
     * sentence or the one before calls a company ({@link #declaredCompany}), for "the" and the noun alone), where
     * an organisation whose name holds another kind of organisation ("Vensby University", "the Harbour Council")
     * is no company, and a phrase with a proper noun before its noun ("the Olympic team", but not "the Danish
     * carmaker") names a company of its own; nor after the noun was brought in with "a" and no name ("A team of
     * divers ..."): "the team" is that team.
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
        Set<Integer> declared = new HashSet<>();
        boolean bare = head == first + 1 && lower(first).equals("the");
        for (int k = before.size() - 1; k >= 0; k--) {
            EntityMention m = before.get(k);
            if (m.type() != EntityType.ORGANIZATION || quoted[m.firstToken()] || inDateline(m.firstToken())) {
                // a news agency's credit in a dateline ("DETROIT (AP) —") is no company of the story
                continue;
            }
            boolean company = true;
            for (String word : entities.entities().get(m.entity()).name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.equals(lemma) || word.equals(lower(head))) {
                    return Optional.of(m.entity());
                }
                company &= !lexicon.orgNouns().contains(word) || lexicon.companyNouns().contains(word);
            }
            if (company) {
                named.add(m.entity());
                if (bare && token(m.firstToken()).sentenceIndex() >= sentence - 1 && declaredCompany(m)) {
                    declared.add(m.entity());
                }
            }
        }
        if (named.size() > 1 && declared.size() == 1) {
            // "Voltrek, a Leeds-based startup, has raised ... in a round led by Harbour Capital, the company said":
            // the one the text has just called a company
            named = declared;
        }
        boolean properBefore = false;
        for (int k = first; k < head; k++) {
            boolean capitalised = k > first && Character.isUpperCase(token(k).word().charAt(0));
            properBefore |= (token(k).pos().startsWith("NNP") || capitalised)
                    && !lexicon.demonyms().contains(lower(k));
        }
        return lexicon.companyNouns().contains(lemma) && !properBefore && named.size() == 1
                && !introducedWithoutName(lemma, Math.max(0, from), first)
                ? named.stream().findFirst() : Optional.empty();
    }

    /**
     * Whether the text calls an organisation's mention a company ({@link OrganisationKinds}): a company noun right
     * before it ("the startup Voltrek") or heading a phrase set off by a comma after it ("Voltrek, a Leeds-based
     * startup"), a phrase that no finite verb follows ("..., the company said").
     */
    private boolean declaredCompany(EntityMention m) {
        return OrganisationKinds.before(tokens(), m.firstToken(), lexicon.companyNouns())
                || OrganisationKinds.inApposition(tokens(), m.endToken(), lexicon.companyNouns());
    }

    /**
     * Whether a noun was brought in before with "a" or "an" and no name beside it ("A team of divers found ...":
     * "the team" is that team, not the one organisation the text names), outside quotes, between two tokens. A noun
     * set off after a name ("Norvik, a small airline,") names that organisation and does not count.
     */
    private boolean introducedWithoutName(String lemma, int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoted[k] || !token(k).isNoun() || !token(k).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
                continue;
            }
            int d = k - 1;
            while (d >= from && (token(d).pos().startsWith("JJ") || token(d).pos().equals("NN"))) {
                d--;
            }
            boolean indefinite = d >= from && (lower(d).equals("a") || lower(d).equals("an"));
            boolean afterName = d >= 2 && lower(d - 1).equals(",") && !token(d - 2).ner().equals("O");
            if (indefinite && !afterName) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the text names with this role, next to the name: "spokesman Tom Berg", "Tom Berg, the
     * party's spokesman," "the party's spokesman, Tom Berg," or "the mayor of Eastport, Tom Berg,", or as the title
     * that opens the name ("Minister Karin Lee", "President Ola Berg"). Found in an index built on first use.
     *
     * <p>A rank before the role makes it another office ({@link Lexicon#roleRanks()}): "the prime minister" is not
     * the person named as "the minister", nor "the vice president" or "the former president" the one named as
     * president. A capitalised word before the role narrows it: "the Danish minister" is only the one named as "Danish
     * Minister ...", who is also "the minister" when no other is; "the Westland senator" is the one senator named
     * when the text names no senator with such a word, unless the word is a nationality. A role tied to a name by
     * "of" or "for" ("the leader of Westford Council") is not the one a common noun before it narrowed for someone
     * ("opposition group leader Ann Lee"). A role a common noun owns ("the airport's director") is only the person
     * named with the same owner ("the airport's director, Ann Lee,", "airport director Ann Lee"), not one named as
     * "its director" or as another's.
     *
     * @param role  the token of a role noun ("governor")
     * @param first the first token of the phrase it heads: a rank right before the role is read from there on
     * @return the person's index in {@code entities().entities()}; empty when no person, or more than one, has it
     */
    Optional<Integer> personByRole(int role, int first) {
        Office office = office(role, first);
        Integer found = roles().get(office.name());
        if (office.qualifier() != null) {
            // "the Danish minister" is not the minister named without a nationality, nor "the Westland governor"
            // the one named as Ostland's
            Integer qualified = roles().get(office.qualified());
            boolean other = lexicon.demonyms().contains(office.qualifier()) || qualifiedOffices.contains(office.name());
            found = qualified != null ? qualified : other ? null : found;
        }
        if (found != null && office.qualifier() == null && tiedToAName(role)
                && modifiedOffices.contains(office.name())) {
            // "the leader of Westford Council" is not the one named as "opposition group leader"
            found = null;
        }
        String owner = possessor(role, first);
        if (found != null && owner != null && !owner.equals(officeOwners.get(office.name()))) {
            // "the airport's director" is not the director named as "its director" or the charity's
            found = null;
        }
        return found == null || found < 0 ? Optional.empty() : Optional.of(found);
    }

    /** Whether "of" or "for" and a capitalised name follow the role: "the leader of Westford Council". */
    private boolean tiedToAName(int role) {
        int k = role + 1;
        if (k + 1 >= tokenCount() || !(lower(k).equals("of") || lower(k).equals("for"))) {
            return false;
        }
        int name = lower(k + 1).equals("the") ? k + 2 : k + 1;
        return name < tokenCount() && token(name).sentenceIndex() == token(role).sentenceIndex()
                && Character.isUpperCase(token(name).word().charAt(0));
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
                if (before >= 0 && token(before).sentenceIndex() != token(m.firstToken()).sentenceIndex()) {
                    // a role that ends the line before ("... is a strong governor" above "Anna Berg said ...")
                    before = -1;
                }
                boolean apposed = before >= 0 && token(before).word().equals(",");
                if (apposed) {
                    // "the party's spokesman, Tom Berg, said", closed by a comma: in "... than the chief, Tom Berg
                    // said" the comma ends a clause
                    boolean closed = m.endToken() < ling.tokens().size() && token(m.endToken()).word().equals(",");
                    before = closed ? before - 1 : -1;
                }
                int role = before >= 0 && isRoleNoun(before) ? before : apposed && before >= 0 ? roleOf(before) : -1;
                if (role >= 0) {
                    addRole(role, m.entity());
                }
                int title = titleRole(m);
                if (title >= 0) {
                    addRole(title, m.entity());
                }
                int after = appositionRole(m.endToken());
                if (after >= 0) {
                    addRole(after, m.entity());
                }
            }
        }
        return roles;
    }

    /**
     * Enters a person's office in the index, and also as qualified by the capitalised word before it, if there is
     * one ("danish minister", "ostland governor").
     */
    private void addRole(int role, int entity) {
        Office office = office(role, 0);
        if (role > 0 && token(role - 1).pos().equals("NN") && !lexicon.roleRanks().contains(lower(role - 1))
                && !isRoleNoun(role - 1) && token(role - 1).sentenceIndex() == token(role).sentenceIndex()) {
            // "group leader Ann Lee": a leader of a kind ("attorney general" is one office of two roles' words)
            modifiedOffices.add(office.name());
        }
        roles.merge(office.name(), entity, DocumentView::onlyOne);
        String owner = Objects.requireNonNullElse(possessor(role, 0), role > 0 && isModifier(role - 1)
                ? lower(role - 1) : "");
        officeOwners.merge(office.name(), owner, (a, b) -> a.equals(b) ? a : OWNERS_DIFFER);
        if (office.qualifier() != null) {
            roles.merge(office.qualified(), entity, DocumentView::onlyOne);
            qualifiedOffices.add(office.name());
        }
    }

    /**
     * The common noun whose possessive owns a role noun, read back from it to token {@code first} over a rank and
     * lowercase adjectives ("airport" in "the airport's managing director"); null when there is none.
     */
    private String possessor(int role, int first) {
        int k = role - 1;
        while (k >= first && (lexicon.roleRanks().contains(lower(k)) || isModifier(k) && isRoleNoun(k + 1)
                || token(k).pos().equals("JJ") || token(k).pos().equals("VBG"))
                && token(k).word().equals(lower(k))) {
            k--;
        }
        boolean possessive = k - 1 >= Math.max(first, 0) && token(k).pos().equals("POS")
                && token(k - 1).sentenceIndex() == token(role).sentenceIndex();
        return possessive && isModifier(k - 1) ? lower(k - 1) : null;
    }

    /** Whether the token is a lowercase common noun other than a role noun ("airport", "council"). */
    private boolean isModifier(int k) {
        Token t = token(k);
        return (t.pos().equals("NN") || t.pos().equals("NNS")) && t.word().equals(lower(k)) && !isRoleNoun(k);
    }

    /**
     * The role noun of a title that opens a person's name, as the entity grouper takes it in ("Minister Karin Lee",
     * "Vice President Ola Berg"): the last role noun among the name's capitalised words before its last word; -1 if
     * there is none.
     */
    private int titleRole(EntityMention m) {
        int role = -1;
        for (int k = m.firstToken(); k < m.endToken() - 1 && Character.isUpperCase(token(k).word().charAt(0)); k++) {
            if (token(k).pos().startsWith("NN") && !token(k).pos().endsWith("S")
                    && lexicon.roleNouns().contains(roleLemma(k))) {
                role = k;
            }
        }
        return role;
    }

    /**
     * An office: a role noun's lemma with its rank ("minister", "prime minister", "former minister"), and the
     * capitalised word that qualifies it, lower-cased, or null ("danish" in "the Danish prime minister", "ostland" in
     * "the former North Ostland governor").
     */
    private record Office(String name, String qualifier) {
        String qualified() {
            return qualifier + " " + name;
        }
    }

    /**
     * The office a role noun names, read back from it to token {@code first}: a rank ({@link Lexicon#roleRanks()})
     * and up to {@value #MAX_QUALIFIER_WORDS} capitalised names or adjectives, either way round ("French Prime
     * Minister", "former North Ostland governor").
     */
    private Office office(int role, int first) {
        int sentence = token(role).sentenceIndex();
        int k = role - 1;
        String rank = null;
        int qualifier = -1;
        for (int words = 0; k >= Math.max(first, 0) && token(k).sentenceIndex() == sentence; k--) {
            if (rank == null && lexicon.roleRanks().contains(lower(k))) {
                rank = lower(k);
                words = qualifier >= 0 ? MAX_QUALIFIER_WORDS : 0;
            } else if (words < MAX_QUALIFIER_WORDS && isQualifier(k)) {
                qualifier = qualifier < 0 ? k : qualifier;
                words++;
            } else {
                break;
            }
        }
        String name = rank == null ? roleLemma(role) : rank + " " + roleLemma(role);
        return new Office(name, qualifier < 0 ? null : lower(qualifier));
    }

    /** Whether the token is a capitalised name or adjective. */
    private boolean isQualifier(int k) {
        Token t = token(k);
        return (t.isProperNoun() || t.pos().equals("JJ")) && Character.isUpperCase(t.word().charAt(0));
    }

    /**
     * In "the mayor of Eastport, Tom Berg," (or "the Mayor of Eastport") the role noun that "of" or "for" joins to
     * what it heads, the phrase ending at {@code last}, at most {@value #APPOSITION_WORDS} words back and with no
     * comma or verb between; -1 if none.
     */
    private int roleOf(int last) {
        for (int k = last; k > 0 && k > last - APPOSITION_WORDS; k--) {
            String w = token(k).word();
            if (w.equals(",") || token(k).isVerb()) {
                return -1;
            }
            if ((w.equals("of") || w.equals("for")) && (isRoleNoun(k - 1) || isCapitalisedRole(k - 1))) {
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

    /** Whether a token lies in the dateline that opens its paragraph ({@link Datelines}). */
    private boolean inDateline(int k) {
        int sentence = token(k).sentenceIndex();
        return opensParagraph(sentence) && k < Datelines.end(this, sentenceFirst(sentence), sentenceEnd(sentence));
    }

    /** A role noun written as a title, which the part-of-speech tagger reads as a name ("the Governor of ..."). */
    private boolean isCapitalisedRole(int k) {
        return token(k).pos().equals("NNP") && Character.isUpperCase(token(k).word().charAt(0))
                && lexicon.roleNouns().contains(roleLemma(k));
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

    /** @return true if the sentence is the first of its paragraph */
    boolean opensParagraph(int sentence) {
        return sentence == 0 || paragraphOfSentence(sentence - 1) != paragraphOfSentence(sentence);
    }

    /** @return true if the token is the first of its sentence */
    boolean opensSentence(int token) {
        return sentenceFirst(token(token).sentenceIndex()) == token;
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
    boolean isPassive(int i) {
        return SubjectContent.isPassive(k -> token(k).lemma(), k -> token(k).pos(), i,
                sentenceFirst(token(i).sentenceIndex()));
    }

    /** @return the token's word, lowercase */
    String lower(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** @return token {@code i}'s lemma in lowercase as the fitted cue lists spell it ({@link Lexicon#cueSpelling}) */
    String cueSpelledLemma(int i) {
        return lexicon.cueSpelling(token(i).lemma().toLowerCase(Locale.ROOT));
    }

    /** @return whether token {@code i} is a finite verb: a past or present tense verb, or a modal */
    boolean isFiniteVerb(int i) {
        return token(i).isFiniteVerb();
    }

    /** @return whether a token in {@code [from, end)} is a finite verb ({@link #isFiniteVerb}) */
    boolean holdsFiniteVerb(int from, int end) {
        for (int k = from; k < end; k++) {
            if (isFiniteVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a token in {@code [from, end)} lies inside a quote ({@link #isQuoted}) */
    boolean holdsQuote(int from, int end) {
        for (int k = from; k < end; k++) {
            if (isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the token can name who speaks: the entity tagger tagged it, or it is a mention of its own (a
     *         surname the tagger missed, which the entity grouper joined to the person named in full), or a
     *         {@link #isSpeakerNoun}
     */
    boolean canSpeak(int k) {
        return !token(k).ner().equals("O") || isSpeakerNoun(k) || !entities().within(k, k + 1).isEmpty();
    }

    /**
     * @return whether the token is a noun for a role, a group, an organisation, a writing or a living being
     *         ({@link Lexicon#isSpeakerNoun}, {@link Lexicon#animateNouns})
     */
    boolean isSpeakerNoun(int k) {
        Token t = token(k);
        return t.isNoun() && (lexicon.isSpeakerNoun(lower(k), t.lemma().toLowerCase(Locale.ROOT))
                || lexicon.animateNouns().contains(lower(k)));
    }

    /** @return the span from the start of one token to the end of another */
    Span span(int first, int endExclusive) {
        return new Span(token(first).span().start(), token(endExclusive - 1).span().end());
    }
}
