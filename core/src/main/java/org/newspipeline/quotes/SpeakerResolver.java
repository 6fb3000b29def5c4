package org.newspipeline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.entities.OrganisationKinds;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Span;
import org.newspipeline.model.SpeakerType;
import org.newspipeline.pipeline.DisplayText;
import org.newspipeline.pipeline.Gender;
import org.newspipeline.pipeline.Token;

/**
 * Turns a speaker phrase into a source: a named entity when the phrase names one ("Libyan government spokesman
 * Moussa Ibrahim"), a nominal source by its head noun ("the US state department", "American officials",
 * "a spokesman"), or, for a pronoun, the nearest fitting source before it.
 *
 * <p>A pronoun looks back sentence by sentence, up to {@value #PRONOUN_REACH} sentences: in each, an earlier quote's
 * speaker comes first, then the leftmost fitting source outside quotes (the subject, in news prose): the subject of a
 * reporting verb (when it is the same pronoun, what that one stands for), a person, or for "it" an organisation. He and
 * she fit persons of that or unknown gender; it fits organisations, places and writings that spoke; they fits groups
 * and organisations that spoke. When nothing fits, he or she may still stand for the person quoted within the last
 * {@value #NEAR_SENTENCES} sentences (a first name can mislead the gender guess); otherwise the quote gets no speaker.
 *
 * <p>A phrase that is no pronoun and names no entity is a speaker only when its head is a role, group,
 * organisation or source noun, a proper name, or any noun next to a cue that touches the quote; a plural proper
 * noun outside every name ("Senate Democrats", "the Conservatives") is a group. The label "A:" of an interview's
 * answers is the person its introduction names most ({@link TranscriptAnswers#interviewee}). A definite role
 * ("the director", "the party's spokesman", or a headline's "Director says ...", which drops the article) is the
 * one person the article names with that role next to the name
 * ({@link DocumentView#personByRole}), when there is exactly one. Likewise "the council" is the organisation named
 * shortly before with that word in its name, and "the company" or "the airline" the one organisation named shortly
 * before ({@link DocumentView#organisationByNoun}). "The statement" after a source "said in a statement" is that
 * source's. A writing named as the source ("a statement from the port authority") is its author's, when the
 * author resolves to a person, organisation or group. "The" with such a noun alone ("the spokesman") that resolves
 * to nothing better is the latest earlier source of that noun ("a council spokesman"). Words resolved before at the
 * same place resolve to the same source, whichever rule read them. A noun that names living beings ("pharmacists")
 * is a person or a group wherever it stands.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerResolver {

    static final int PRONOUN_REACH = 6;
    /**
     * How many sentences back a pronoun may look when sentences with the same pronoun carry it there ("He had never
     * baked ... He learned ... Soon he found ..."), each of them {@value #PRONOUN_REACH} sentences farther.
     */
    static final int MAX_PRONOUN_CHAIN = 3 * PRONOUN_REACH;
    /** How the key of a source that no entity names begins. */
    private static final String NOMINAL = "nominal:";
    /** The most common nouns between a name and the person's name it qualifies ("Trump campaign manager Ann Lee"). */
    private static final int MAX_QUALIFIED_NOUNS = 3;
    /**
     * Prepositions after a source's noun that tie it to whom or where it belongs ("a spokesman for", "an aide to", "a
     * nurse at"), unlike those that give an example ("like", "such as").
     */
    private static final Set<String> RELATING_PREPOSITIONS = Set.of("for", "to", "at", "of", "in", "from", "with",
            "on");
    /**
     * Verbs whose agent issued a writing ("a statement released by", "a report published by", "a letter signed by"),
     * unlike those whose agent only holds or reads it ("a report obtained by", "a memo seen by").
     */
    private static final Set<String> ISSUING_VERBS = Set.of("release", "issue", "publish", "sign", "write", "send",
            "post", "circulate", "distribute", "prepare");
    /** The writing that someone who just spoke issued: "the statement" names what the sentence before said. */
    private static final String STATEMENT = "statement";
    /** Tags of the words between a preposition and the name that is its object ("by the local Courier"). */
    private static final Set<String> DETERMINERS_AND_ADJECTIVES = Set.of("DT", "JJ", "CD", "PRP$");
    /** How many sentences back the last quoted person may be for a pronoun of the other gender. */
    private static final int NEAR_SENTENCES = 2;
    /** Words that open a subordinate clause before the main one: "While ..., ", "Although ..., ". */
    private static final Set<String> OPENING_SUBORDINATORS = Set.of("while", "whilst", "although", "though", "as",
            "when", "after", "before", "if", "because", "since", "once", "until", "unless", "whereas");

    /**
     * @param phrase   the phrase a rule found
     * @param doc      the document
     * @param earlier  the sources found before
     * @param adjacent true when the rule's cue touches the quote ({@code "...," the businessman said}): then any
     *                 common noun may name the speaker, not only the role, group, organisation and source nouns
     */
    Optional<ResolvedSpeaker> resolve(SpeakerPhrase phrase, DocumentView doc, SpeakerHistory earlier,
                                      boolean adjacent) {
        Token head = doc.token(phrase.head());
        boolean pronoun = phrase.end() - phrase.first() == 1
                && (Phrases.isPersonalPronoun(head) || head.pos().equals("PRP$"));
        if (pronoun && !phrase.hasApposition()) {
            Gender gender = doc.lexicon().pronouns().get(doc.lower(phrase.head()));
            if (gender == null) {
                return Optional.empty();
            }
            Mention mention = mention(doc, phrase.first(), phrase.end());
            return antecedent(doc, gender, head.span().start(), earlier, true).map(s -> s.withMention(mention));
        }
        return resolveNamed(doc, phrase, earlier, adjacent);
    }

    private Optional<ResolvedSpeaker> named(DocumentView doc, SpeakerPhrase phrase, Mention mention) {
        List<EntityMention> inside = doc.entities().within(phrase.first(), phrase.end());
        for (int i = inside.size() - 1; i >= 0; i--) {
            EntityMention m = inside.get(i);
            if (m.type() == EntityType.PERSON && m.endToken() == phrase.end()
                    && !afterPreposition(doc, phrase, m.firstToken())) {
                return Optional.of(fromEntity(doc, m.entity(), mention));
            }
        }
        for (EntityMention m : inside) {
            if (m.firstToken() <= phrase.head() && phrase.head() < m.endToken()) {
                if (isPossessor(doc, m, phrase) && phrase.hasApposition()) {
                    // "Lena Berg's lawyer, Tom Wik,": the person named after the role speaks, not the possessor
                    Optional<ResolvedSpeaker> named = appositionName(doc, phrase, phrase.end() - 1, mention);
                    if (named.isPresent()) {
                        return named;
                    }
                }
                return Optional.of(fromEntity(doc, m.entity(), mention));
            }
        }
        return phrase.hasApposition() ? appositionName(doc, phrase, phrase.head(), mention) : Optional.empty();
    }

    /** Whether a name in the phrase is followed by a possessive ending ("Berg's lawyer"): it owns the head. */
    private static boolean isPossessor(DocumentView doc, EntityMention m, SpeakerPhrase phrase) {
        return m.endToken() + 1 < phrase.end() && doc.token(m.endToken()).pos().equals("POS");
    }

    /**
     * The source an apposition names: "its chief executive, Anne Holm,": the role is the person named; after another
     * singular noun or "one of them" only a name alone between the commas ("the harbour master, Olav Rud,") or a
     * description that ends in it ("one of them, retired nurse Ann Lee,"). After
     * an organisation noun, or any other singular noun right before the comma, an organisation's name alone between
     * the commas ("the operator, Nordby Lines,", "her record label, Northstar Music,").
     *
     * @param noun the phrase's noun the apposition describes
     */
    private Optional<ResolvedSpeaker> appositionName(DocumentView doc, SpeakerPhrase phrase, int noun,
                                                     Mention mention) {
        boolean role = isRole(doc, noun);
        Token nounToken = doc.token(noun);
        boolean singular = nounToken.pos().equals("NN") || Phrases.isPersonalPronoun(nounToken);
        for (EntityMention m : doc.entities().within(phrase.appositionFirst(), phrase.appositionEnd())) {
            boolean nameAlone = m.firstToken() == phrase.appositionFirst()
                    && m.endToken() == phrase.appositionEnd();
            if (m.type() == EntityType.PERSON && (role || singular && (nameAlone || namedLast(doc, phrase, m)))) {
                return Optional.of(fromEntity(doc, m.entity(), mention));
            }
            boolean orgNoun = doc.lexicon().orgNouns().contains(nounToken.lemma());
            // the apposition describes the noun right before it: in "the director of the fund, a charity," the fund
            boolean describesNoun = noun == phrase.end() - 1;
            if (m.type() == EntityType.ORGANIZATION && (orgNoun && nameAlone || describesNoun
                    && (nameAlone || namedLast(doc, phrase, m)) && (orgNoun || role && singular)
                    || describesNoun && nameAlone && nounToken.pos().equals("NN"))) {
                // "the operator, Nordby Lines,", "the port's owner, Elsby Maritime,", "its largest shareholder, the
                // pension fund Norrvest,", "her record label, Northstar Music,": the organisation named; a role such
                // as owner or buyer is often held by one
                return Optional.of(fromEntity(doc, m.entity(), mention));
            }
        }
        return unnamedOrganisation(doc, phrase, noun, mention);
    }

    /**
     * The organisation an apposition of proper nouns alone names after an organisation noun, when the entity tagger
     * missed the name ("the industry's lobbying group, Pharmalink,"): its key is the name's, so that the name alone
     * elsewhere is the same source.
     */
    private Optional<ResolvedSpeaker> unnamedOrganisation(DocumentView doc, SpeakerPhrase phrase, int noun,
                                                          Mention mention) {
        if (noun != phrase.end() - 1 || !doc.lexicon().orgNouns().contains(doc.token(noun).lemma())
                || !doc.entities().within(phrase.appositionFirst(), phrase.appositionEnd()).isEmpty()) {
            return Optional.empty();
        }
        for (int k = phrase.appositionFirst(); k < phrase.appositionEnd(); k++) {
            // after the first word, a capitalised common noun is part of the name too ("Eastmere Terminals", whose
            // last word the part-of-speech tagger may read as a plural noun)
            boolean capitalisedNoun = k > phrase.appositionFirst() && doc.token(k).pos().startsWith("NN")
                    && Character.isUpperCase(doc.token(k).word().charAt(0));
            if (!doc.token(k).pos().startsWith("NNP") && !capitalisedNoun) {
                return Optional.empty();
            }
        }
        String name = DisplayText.of(doc.span(phrase.appositionFirst(), phrase.appositionEnd()).of(doc.text()));
        return Optional.of(new ResolvedSpeaker(NOMINAL + name.toLowerCase(Locale.ROOT), name,
                SpeakerType.ORGANIZATION, Optional.empty(), mention));
    }

    /**
     * Whether an apposition is a description that ends in the name ("the pension fund Norrvest", "retired nurse Ann
     * Lee"): a determiner, adjectives, participles and nouns, then the name.
     */
    private static boolean namedLast(DocumentView doc, SpeakerPhrase phrase, EntityMention m) {
        if (m.endToken() != phrase.appositionEnd()) {
            return false;
        }
        for (int k = phrase.appositionFirst(); k < m.firstToken(); k++) {
            String pos = doc.token(k).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("NN")
                    || pos.equals("NNS"))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the phrase picks one of a group ("one of the passengers"): a person, not the group. */
    private static boolean oneOf(DocumentView doc, SpeakerPhrase phrase) {
        return phrase.first() + 1 < phrase.end() && doc.lower(phrase.first()).equals("one")
                && doc.lower(phrase.first() + 1).equals("of");
    }

    /**
     * Whether the name starting at token {@code first} is the object of a preposition inside the phrase ("the
     * mayor of Westbrook", "farmers in Westbrook", "the wife of John Smith", "a friend of the Kennedys"): then the
     * phrase's head speaks, not the name. So too a name whose first words the entity tagger left out, after a
     * person's name and a preposition ("Ann Lee of Dunmore Hale", with "Hale" alone read as a person): Ann Lee
     * speaks. A title before the preposition ("Secretary of State Ann Lee") leaves the name the speaker. So too the
     * object of a participle after a noun ("a lawyer representing Ann Lee", {@link Phrases#isParticipleAfterNoun}).
     */
    private static boolean afterPreposition(DocumentView doc, SpeakerPhrase phrase, int first) {
        int k = first - 1;
        while (k > phrase.first() && DETERMINERS_AND_ADJECTIVES.contains(doc.token(k).pos())) {
            // "documents reviewed by the Courier": the name is the object of "by" still
            k--;
        }
        if (k < phrase.first()) {
            return false;
        }
        if (isPreposition(doc, k) || Phrases.isParticipleAfterNoun(doc, k, phrase.first(), phrase.end())) {
            return true;
        }
        int j = k;
        while (j > phrase.first() && doc.token(j).isProperNoun() && doc.token(j).ner().equals("O")) {
            j--;
        }
        return j < k && j > phrase.first() && isPreposition(doc, j)
                && doc.token(j - 1).ner().equals(EntityType.PERSON.name());
    }

    private static boolean isPreposition(DocumentView doc, int k) {
        String pos = doc.token(k).pos();
        return pos.equals("IN") || pos.equals("TO");
    }

    private Optional<ResolvedSpeaker> nominal(DocumentView doc, SpeakerPhrase phrase, Mention mention,
                                              boolean adjacent) {
        Token head = doc.token(phrase.head());
        boolean properName = head.isProperNoun() || isCapitalised(head.word());
        if (!head.isNoun() && !properName) {
            return Optional.empty();
        }
        String word = doc.lower(phrase.head());
        Lexicon lex = doc.lexicon();
        SpeakerType type;
        boolean plural = head.pos().equals("NNS") && !oneOf(doc, phrase);
        if (lex.groupNouns().contains(word)
                || (plural && (lex.roleNouns().contains(head.lemma()) || lex.orgNouns().contains(head.lemma())))) {
            // "officials", "the spokesmen", "opposition parties", "the banks": several who speak together; "one of
            // the people" is one of them
            type = oneOf(doc, phrase) ? SpeakerType.PERSON : SpeakerType.GROUP;
        } else if (lex.orgNouns().contains(head.lemma())) {
            Optional<Integer> organisation = demonstrative(doc, phrase) && !plural
                    ? doc.organisationByNoun(phrase.head(), phrase.first()) : Optional.empty();
            if (organisation.isPresent()) {
                // "the airline": the organisation named before
                return Optional.of(fromEntity(doc, organisation.get(), mention));
            }
            type = SpeakerType.ORGANIZATION;
        } else if (namedAfterItsKind(doc, phrase)) {
            // "Housing charity Threshold said": a name the part-of-speech tagger reads as a common noun
            type = SpeakerType.ORGANIZATION;
        } else if (lex.roleNouns().contains(head.lemma())) {
            Optional<Integer> person = definite(doc, phrase) && !plural
                    ? doc.personByRole(phrase.head(), phrase.first()) : Optional.empty();
            if (person.isPresent()) {
                // "the governor": the one person the article names as its governor
                return Optional.of(fromEntity(doc, person.get(), mention));
            }
            type = SpeakerType.PERSON;
        } else if (Phrases.isGroupName(doc, phrase.head())) {
            // "Senate Democrats", "the Conservatives": a party's members or a people
            type = SpeakerType.GROUP;
        } else if (properName) {
            Optional<Integer> person = doc.personBySurname(head.word());
            if (person.isPresent()) {
                return Optional.of(fromEntity(doc, person.get(), mention));
            }
            Optional<Integer> organisation = phrase.end() - phrase.first() == 1
                    ? doc.organisationByFirstWord(head.word()) : Optional.empty();
            if (organisation.isPresent()) {
                // "Acme expects ..." after "Acme Robotics"
                return Optional.of(fromEntity(doc, organisation.get(), mention));
            }
            type = SpeakerType.OTHER;
        } else if (lex.sourceNouns().contains(head.lemma())) {
            type = SpeakerType.OTHER;
        } else if (lex.animateNouns().contains(word)) {
            // "pharmacists", "the businessman": who names a living being can speak
            type = plural ? SpeakerType.GROUP : SpeakerType.PERSON;
        } else if (adjacent) {
            type = plural ? SpeakerType.GROUP : SpeakerType.OTHER;
        } else {
            return Optional.empty();
        }
        String text = doc.span(phrase.first(), phrase.end()).of(doc.text());
        String name = DisplayText.of(isDeterminer(doc.token(phrase.first()))
                ? doc.lower(phrase.first()) + text.substring(doc.token(phrase.first()).word().length()) : text);
        String key = NOMINAL + DisplayText.of(mention.text()).toLowerCase(Locale.ROOT);
        Optional<Gender> gender = Optional.ofNullable(lex.genderedWords().get(word));
        return Optional.of(new ResolvedSpeaker(key, name, type, gender, mention));
    }

    /**
     * @param samePronoun whether a reporting verb's subject that is the same pronoun counts as what it stands for;
     *                    false when that pronoun's own antecedent is sought, so the search goes one level deep
     */
    private Optional<ResolvedSpeaker> antecedent(DocumentView doc, Gender gender, int offset,
                                                 SpeakerHistory earlier, boolean samePronoun) {
        int sentence = doc.sentenceAt(offset);
        int reach = sentence - PRONOUN_REACH;
        for (int s = sentence; s >= 0 && s > reach; s--) {
            Span bounds = doc.span(doc.sentenceFirst(s), doc.sentenceEnd(s));
            for (ResolvedSpeaker e : earlier.startingIn(bounds.start(), Math.min(bounds.end(), offset))) {
                Span at = e.mention().span();
                if (bounds.contains(at) && fits(e.type(), e.gender(), gender)) {
                    return Optional.of(e);
                }
            }
            Optional<ResolvedSpeaker> leftmost = candidates(doc, s, offset, gender, earlier, samePronoun).stream()
                    .filter(c -> fits(c.speaker().type(), c.speaker().gender(), gender))
                    .min(Comparator.comparingInt(Ranked::at))
                    .map(Ranked::speaker);
            if (leftmost.isPresent()) {
                return leftmost;
            }
            if (s < sentence && (gender == Gender.MALE || gender == Gender.FEMALE) && hasPronoun(doc, s, gender)) {
                // "He learned ... Soon he found ...": the same pronoun before carries the chain further back
                reach = Math.max(sentence - MAX_PRONOUN_CHAIN, Math.min(reach, s - PRONOUN_REACH));
            }
        }
        return latestSpeakerOfAnyGender(doc, gender, offset, earlier);
    }

    /** Whether a mention is one word right after "in", not a possessor ("in Cork", not "in Holm's report"). */
    private static boolean placeAfterIn(DocumentView doc, EntityMention m) {
        int k = m.firstToken();
        return m.endToken() - k == 1 && k > 0 && doc.lower(k - 1).equals("in")
                && (m.endToken() >= doc.tokenCount() || !doc.token(m.endToken()).pos().equals("POS"));
    }

    /** Whether a sentence has, outside quotes, a personal pronoun of the given gender. */
    private static boolean hasPronoun(DocumentView doc, int sentence, Gender gender) {
        for (int k = Math.max(0, doc.sentenceFirst(sentence)); k < doc.sentenceEnd(sentence); k++) {
            if (!doc.isQuoted(k) && Phrases.isPersonalPronoun(doc.token(k))
                    && doc.lexicon().pronouns().get(doc.lower(k)) == gender) {
                return true;
            }
        }
        return false;
    }

    /**
     * When nothing fits, "he" or "she" may still stand for the last person quoted just before, whose gender was
     * guessed wrong from a first name shared by men and women ("Terry").
     */
    private static Optional<ResolvedSpeaker> latestSpeakerOfAnyGender(DocumentView doc, Gender gender, int offset,
                                                                      SpeakerHistory earlier) {
        if (gender != Gender.MALE && gender != Gender.FEMALE || earlier.lastAdded().isEmpty()) {
            return Optional.empty();
        }
        ResolvedSpeaker last = earlier.lastAdded().get();
        int sentence = doc.sentenceAt(offset);
        int lastSentence = doc.sentenceAt(last.mention().span().start());
        boolean near = sentence - lastSentence <= NEAR_SENTENCES && last.mention().span().start() < offset;
        return near && last.type() == SpeakerType.PERSON ? Optional.of(last) : Optional.empty();
    }

    /**
     * A source a pronoun may stand for, with the offset it ranks at: where its mention starts, or, for a name that
     * only qualifies the name after it ("Westbrook defender Ray Cullen"), right after where that name starts.
     */
    private record Ranked(int at, ResolvedSpeaker speaker) {

        static Ranked at(ResolvedSpeaker speaker) {
            return new Ranked(speaker.mention().span().start(), speaker);
        }
    }

    /**
     * Sources a pronoun may stand for in one sentence, before the offset and outside quotes: the subjects of its
     * reporting verbs ("The agency said ..."), its persons, for "it" its organisations; for "they", when none of these
     * fits, a group as the sentence's subject ("The researchers followed ..."; not in "Others came from ..., they
     * said", whose subject is what was said). The leftmost wins, but a person's name before a noun and another
     * person's name ranks after that name: in "Former Westbrook defender Ray Cullen was ..." he is Ray Cullen. Such
     * a name of no known gender is no candidate at all, nor is a person's one-word name of no known gender after "in"
     * ("Speaking in Cork, he said": a place the entity tagger read as a person). In a sentence before the pronoun's,
     * the named person who is the subject of the first finite reporting verb outside an opening subordinate clause
     * ({@link #speaksAsVerb}) ranks first: in "Olav Lund died on Sunday, his nephew Erik Holm said. "...," he said."
     * the nephew spoke last.
     */
    private List<Ranked> candidates(DocumentView doc, int sentence, int offset, Gender gender,
                                    SpeakerHistory earlier, boolean samePronoun) {
        List<Ranked> out = new ArrayList<>();
        int first = doc.sentenceFirst(sentence);
        boolean pronounRead = !samePronoun;
        // the subject of the first reporting verb of a sentence before is the last to have spoken
        boolean firstCue = sentence < doc.sentenceAt(offset);
        for (int i = first; i < doc.sentenceEnd(sentence) && doc.token(i).span().start() < offset; i++) {
            if (doc.isCue(i)) {
                int cue = i;
                Optional<SpeakerPhrase> subject = Phrases.subjectOf(doc, i, sentence);
                boolean mainVerb = doc.token(cue).isFiniteVerb() && !inOpeningClause(doc, first, cue);
                boolean lastSpeaker = firstCue && mainVerb
                        && subject.filter(p -> speaksAsVerb(doc, p, cue)).isPresent();
                firstCue &= !mainVerb;
                if (subject.isEmpty()) {
                    continue;
                }
                SpeakerPhrase p = subject.get();
                if (p.end() - p.first() != 1 || !Phrases.isPersonalPronoun(doc.token(p.first()))) {
                    resolveNamed(doc, p, earlier, false)
                            .map(r -> lastSpeaker && isNamedOfGender(r, gender) ? new Ranked(Integer.MIN_VALUE, r)
                                    : Ranked.at(r))
                            .ifPresent(out::add);
                } else if (!pronounRead && isSamePronounSubject(doc, p, gender)) {
                    // only the leftmost can win, and reading it costs a search of its own: one per sentence
                    samePronounSource(doc, p, gender, earlier).map(Ranked::at).ifPresent(out::add);
                    pronounRead = true;
                }
            }
        }
        for (EntityMention m : doc.entities().within(first, doc.sentenceEnd(sentence))) {
            if (m.span().start() >= offset || doc.isQuoted(m.firstToken())) {
                continue;
            }
            boolean person = m.type() == EntityType.PERSON && (gender == Gender.MALE || gender == Gender.FEMALE);
            boolean organisation = m.type() == EntityType.ORGANIZATION && gender == Gender.NEUTER;
            if (person || organisation) {
                ResolvedSpeaker speaker = fromEntity(doc, m.entity(), mention(doc, m.firstToken(), m.endToken()));
                int qualified = person ? qualifiedName(doc, m, doc.sentenceEnd(sentence)) : -1;
                if ((qualified >= 0 || person && placeAfterIn(doc, m)) && speaker.gender().isEmpty()) {
                    // "Lismore resident Kerry Walsh": a name of no known gender that qualifies a person's name is
                    // most often a place, a club or a firm the entity tagger read as a person; so is one such word
                    // after "in" ("Speaking in Cork, he said")
                    continue;
                }
                out.add(qualified < 0 ? Ranked.at(speaker)
                        : new Ranked(doc.token(qualified).span().start() + 1, speaker));
            }
        }
        if (gender == Gender.PLURAL && out.stream().noneMatch(c -> fits(c.speaker().type(), c.speaker().gender(),
                gender)) && !afterTheClauseItReports(doc, sentence, offset)) {
            // "The researchers followed 400,000 adults ... They found ...": a group as the sentence's subject
            Phrases.sentenceSubject(doc, sentence)
                    .filter(p -> doc.token(p.first()).span().start() < offset && !doc.isQuoted(p.head())
                            && !Phrases.isPersonalPronoun(doc.token(p.head()))
                            && !doc.lower(p.first()).equals("no"))
                    .flatMap(p -> resolveNamed(doc, p, earlier, false))
                    .filter(r -> r.type() == SpeakerType.GROUP)
                    .map(Ranked::at).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether the personal pronoun at the offset stands in the sentence right after a comma, as the source of the
     * clause before it ("Others came from the stations, they said"): that clause's subject is what was said, not who
     * said it ("..., their only doubt ..." is no such pronoun).
     */
    private static boolean afterTheClauseItReports(DocumentView doc, int sentence, int offset) {
        int pronoun = doc.firstTokenAtOrAfter(offset);
        return pronoun > doc.sentenceFirst(sentence) && pronoun < doc.tokenCount()
                && doc.token(pronoun).sentenceIndex() == sentence && doc.token(pronoun).pos().equals("PRP")
                && doc.token(pronoun - 1).word().equals(",");
    }

    /**
     * Whether a reporting verb's subject spoke in its own clause: the cue is other than "ask" (the words after a
     * question are most often the answer), with no relative pronoun between the subject and it ("Ann Lee, who added
     * ...", where the subject read is the clause's antecedent), and the subject is no possessor ("Tom Berg's claim")
     * and no pair ("Ann Lee and Tom Berg said": which of them spoke next is open).
     */
    private static boolean speaksAsVerb(DocumentView doc, SpeakerPhrase subject, int cue) {
        if (doc.token(cue).lemma().equalsIgnoreCase("ask") || doc.token(subject.end()).pos().equals("POS")) {
            return false;
        }
        for (int k = subject.end(); k < cue; k++) {
            if (Phrases.isRelativePronoun(doc.token(k))) {
                return false;
            }
        }
        return IntStream.range(Math.max(0, subject.first() - 1), subject.end())
                .noneMatch(k -> doc.token(k).pos().equals("CC"));
    }

    /**
     * Whether a token stands in a clause that opens the sentence with a subordinating word and ends at a comma
     * ("While the mayor pledged ..., the council ..."), before that comma.
     */
    private static boolean inOpeningClause(DocumentView doc, int first, int k) {
        if (!OPENING_SUBORDINATORS.contains(doc.lower(first))) {
            return false;
        }
        for (int i = first + 1; i < k; i++) {
            if (doc.token(i).word().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a speaker is a named person of the pronoun's gender, known from the name. */
    private static boolean isNamedOfGender(ResolvedSpeaker speaker, Gender gender) {
        return speaker.type() == SpeakerType.PERSON && !speaker.key().startsWith(NOMINAL)
                && speaker.gender().map(g -> g == gender).orElse(true);
    }

    /**
     * The first token of the person's name that a person's name qualifies through common nouns between them
     * ("Westbrook defender Ray Cullen", "Trump campaign manager Ann Lee"), or -1.
     */
    private static int qualifiedName(DocumentView doc, EntityMention m, int sentenceEnd) {
        int k = m.endToken();
        int limit = Math.min(sentenceEnd, k + MAX_QUALIFIED_NOUNS + 1);
        while (k < limit && (doc.token(k).pos().equals("NN") || doc.token(k).pos().equals("NNS"))) {
            k++;
        }
        if (k == m.endToken() || k >= limit) {
            return -1;
        }
        int next = k;
        boolean person = doc.entities().within(next, sentenceEnd).stream()
                .anyMatch(n -> n.firstToken() == next && n.type() == EntityType.PERSON && n.entity() != m.entity());
        return person ? next : -1;
    }

    /**
     * Whether a reporting verb's subject, a personal pronoun, is the pronoun of the given gender outside a relative
     * clause: "it said ..., which it called ..." is one speaker twice, while in "..., which he is expected to win" he
     * is what the clause is about.
     */
    private static boolean isSamePronounSubject(DocumentView doc, SpeakerPhrase subject, Gender gender) {
        return doc.lexicon().pronouns().get(doc.lower(subject.first())) == gender
                && !(subject.first() > 0 && isRelativeWord(doc.token(subject.first() - 1)));
    }

    /**
     * What a reporting verb's subject that is the same pronoun ({@link #isSamePronounSubject}) stands for; that
     * pronoun's own antecedent is sought without this rule, one level deep.
     */
    private Optional<ResolvedSpeaker> samePronounSource(DocumentView doc, SpeakerPhrase subject, Gender gender,
                                                        SpeakerHistory earlier) {
        Mention mention = mention(doc, subject.first(), subject.end());
        return antecedent(doc, gender, doc.token(subject.first()).span().start(), earlier, false)
                .map(s -> s.withMention(mention));
    }

    /** "which", "who", "whose", "that", which open a relative clause. */
    private static boolean isRelativeWord(Token t) {
        return Phrases.isRelativePronoun(t) || t.pos().equals("WP$") || t.word().equalsIgnoreCase("that");
    }

    /** Resolves a phrase that is not a pronoun. */
    private Optional<ResolvedSpeaker> resolveNamed(DocumentView doc, SpeakerPhrase phrase, SpeakerHistory earlier,
                                                   boolean adjacent) {
        int mentionFirst = isDeterminer(doc.token(phrase.first())) && phrase.end() - phrase.first() > 1
                ? phrase.first() + 1 : phrase.first();
        Mention mention = mention(doc, mentionFirst, phrase.end());
        Optional<ResolvedSpeaker> same = earlier.at(mention.span());
        if (same.isPresent()) {
            // The same words resolved before (the quote rules and the tagger may read them as phrases of other heads)
            return same;
        }
        Optional<ResolvedSpeaker> author = author(doc, phrase).flatMap(p -> resolveNamed(doc, p, earlier, false))
                .filter(s -> s.type() == SpeakerType.PERSON || s.type() == SpeakerType.ORGANIZATION
                        || s.type() == SpeakerType.GROUP);
        if (author.isPresent()) {
            return author.map(s -> s.withMention(mention));
        }
        Optional<ResolvedSpeaker> issuer = issuer(doc, phrase, earlier);
        if (issuer.isPresent()) {
            return issuer.map(s -> s.withMention(mention));
        }
        Optional<ResolvedSpeaker> named = named(doc, phrase, mention);
        if (named.isPresent()) {
            return named;
        }
        Optional<Integer> interviewee = TranscriptAnswers.interviewee(doc, phrase);
        if (interviewee.isPresent()) {
            // "A: ..." in an interview printed as questions and answers: the person the introduction names most
            return Optional.of(fromEntity(doc, interviewee.get(), mention));
        }
        Optional<Integer> described = Epithets.person(doc, phrase);
        if (described.isPresent()) {
            // "the Irishman said", "the 23-year-old told reporters": the one person named just before
            return Optional.of(fromEntity(doc, described.get(), mention));
        }
        Optional<ResolvedSpeaker> own = nominal(doc, phrase, mention, adjacent);
        if (own.isEmpty()) {
            return own;
        }
        ResolvedSpeaker again = sameNoun(doc, phrase, own.get(), earlier);
        if (again != own.get()) {
            return Optional.of(again);
        }
        // not among the sources resolved so far: a quote's speaker is resolved before the reports around it
        return earlierSubject(doc, phrase, earlier).map(s -> s.withMention(mention))
                .or(() -> Optional.of(ownedByAntecedent(doc, phrase, own.get(), earlier)));
    }

    /**
     * A role or body owned by a possessive pronoun ("its chairman", "her spokesman", "their leaders") named after
     * what the pronoun stands for ("Harbour Authority's chairman"), when that resolves; else as written.
     */
    private ResolvedSpeaker ownedByAntecedent(DocumentView doc, SpeakerPhrase phrase, ResolvedSpeaker own,
                                              SpeakerHistory earlier) {
        Token first = doc.token(phrase.first());
        Gender gender = doc.lexicon().pronouns().get(doc.lower(phrase.first()));
        if (!first.pos().equals("PRP$") || gender == null || phrase.end() - phrase.first() < 2) {
            return own;
        }
        Optional<ResolvedSpeaker> owner = antecedent(doc, gender, first.span().start(), earlier, false);
        if (owner.isEmpty()) {
            return own;
        }
        String ownerName = owner.get().name();
        String possessive = ownerName.endsWith("s") ? ownerName + "'" : ownerName + "'s";
        String rest = doc.span(phrase.first() + 1, phrase.end()).of(doc.text());
        String name = DisplayText.of(possessive + " " + rest);
        return new ResolvedSpeaker(NOMINAL + name.toLowerCase(Locale.ROOT), name, own.type(), own.gender(),
                own.mention());
    }

    /**
     * "The spokesman" after a sentence whose reporting verb had "a spokesman for ..." as its subject, within
     * {@value #PRONOUN_REACH} sentences before: that subject's speaker. The nearest earlier use of the noun outside
     * quotes decides, and only an indefinite subject that ties the noun to someone or somewhere counts ("a spokesman
     * for the board", "an aide to Senator Lee"), so that the search never calls itself again.
     */
    private Optional<ResolvedSpeaker> earlierSubject(DocumentView doc, SpeakerPhrase phrase, SpeakerHistory earlier) {
        if (!isTheNoun(doc, phrase)) {
            return Optional.empty();
        }
        int head = phrase.head();
        String noun = doc.lower(head);
        int sentence = doc.token(head).sentenceIndex();
        int stop = doc.sentenceFirst(Math.max(0, sentence - PRONOUN_REACH));
        for (int k = phrase.first() - 1; k >= Math.max(0, stop); k--) {
            if (doc.isQuoted(k) || !doc.lower(k).equals(noun)) {
                continue;
            }
            int s = doc.token(k).sentenceIndex();
            int use = k;
            boolean indefinite = k > 0 && (doc.lower(k - 1).equals("a") || doc.lower(k - 1).equals("an"));
            if (!indefinite || !tiedByPreposition(doc, k)) {
                return Optional.empty();
            }
            return IntStream.range(doc.sentenceFirst(s), doc.sentenceEnd(s))
                    .filter(i -> !doc.isQuoted(i) && doc.isCue(i)).boxed()
                    .map(i -> Phrases.subjectOf(doc, i, s)).flatMap(Optional::stream)
                    .filter(p -> p.first() == use - 1 && p.end() <= phrase.first())
                    .findFirst()
                    .flatMap(p -> resolve(p, doc, earlier, false));
        }
        return Optional.empty();
    }

    /**
     * A phrase of the article and its head noun alone ("the spokesman", "the ministry") that no entity or named role
     * resolves, after a source of the same head noun and type ("a council spokesman", "the transport ministry"), is
     * that source again: the latest such before it that does not open with a possessive pronoun ("her campaign").
     * A source that opened with the same noun and a preposition ("a spokesman for Governor Ann Lee", "an aide to the
     * senator") counts too, however it was resolved: "the spokesman" is the same source again.
     */
    private static ResolvedSpeaker sameNoun(DocumentView doc, SpeakerPhrase phrase, ResolvedSpeaker nominal,
                                            SpeakerHistory earlier) {
        if (!nominal.key().startsWith(NOMINAL) || !isTheNoun(doc, phrase)) {
            return nominal;
        }
        String noun = doc.lower(phrase.head());
        String ending = " " + noun;
        for (ResolvedSpeaker e : earlier.startingIn(0, nominal.mention().span().start())) {
            boolean sameNominal = e.key().startsWith(NOMINAL) && e.key().endsWith(ending)
                    && e.type() == nominal.type();
            if ((sameNominal || opensWithNounAndPreposition(doc, e, noun)) && !opensWithPronoun(doc, e.mention())) {
                return e.withMention(nominal.mention());
            }
        }
        return nominal;
    }

    /**
     * Whether a source was mentioned as that noun, after an article or none, and a preposition that relates it to
     * someone or somewhere ({@link #RELATING_PREPOSITIONS}): "(a) spokesman for the governor", "an aide to Senator
     * Lee", "a source at the station"; not "candidates like Ann Lee", who is one of them.
     */
    private static boolean opensWithNounAndPreposition(DocumentView doc, ResolvedSpeaker e, String noun) {
        int k = doc.firstTokenAtOrAfter(e.mention().span().start());
        if (k < doc.tokens().size() && isDeterminer(doc.token(k))) {
            k++;
        }
        return k < doc.tokens().size() && doc.lower(k).equals(noun) && tiedByPreposition(doc, k);
    }

    /** Whether a noun is followed by one of {@link #RELATING_PREPOSITIONS} ("spokesman for", "aide to"). */
    private static boolean tiedByPreposition(DocumentView doc, int noun) {
        return noun + 1 < doc.tokens().size() && RELATING_PREPOSITIONS.contains(doc.lower(noun + 1));
    }

    /** Whether the phrase is "the" and its head noun alone: "the spokesman", "the statement". */
    private static boolean isTheNoun(DocumentView doc, SpeakerPhrase phrase) {
        return phrase.end() - phrase.first() == 2 && phrase.head() == phrase.first() + 1
                && doc.lower(phrase.first()).equals("the");
    }

    /**
     * The author of a writing that a phrase names as the source: the words after "from" or "by" when the head is a
     * source noun ("a statement from the transport ministry", "a report by the budget office", "a statement released
     * by the airport", see {@link #ISSUING_VERBS}), read as the noun phrase there with its complements
     * ({@link Phrases#startingAt}), so a clause about the writing stays out ("... obtained by the newspaper"). A
     * writing does not speak; whoever issued it does, when that is a person, an organisation or a group (a poll
     * "from" a state is taken there, not by it).
     */
    private static Optional<SpeakerPhrase> author(DocumentView doc, SpeakerPhrase phrase) {
        int head = phrase.head();
        int link = head + 1;
        if (link + 1 < phrase.end() && doc.token(link).pos().equals("VBN")
                && ISSUING_VERBS.contains(doc.token(link).lemma().toLowerCase(Locale.ROOT))
                && doc.lower(link + 1).equals("by")) {
            // "a statement released by the airport": who released it issued it
            link++;
        }
        if (link + 1 >= phrase.end() || !doc.lexicon().sourceNouns().contains(doc.token(head).lemma())) {
            return Optional.empty();
        }
        String word = doc.lower(link);
        if (!word.equals("from") && !word.equals("by")) {
            return Optional.empty();
        }
        // "polls from A and B": two authors are no one speaker
        return Phrases.startingAt(doc, link + 1, phrase.end())
                .filter(p -> p.end() == phrase.end() || !doc.token(p.end()).pos().equals("CC"));
    }

    /**
     * Who issued the writing that "the statement" or "the report" names, when the text spoke of it shortly before:
     * when the noun's last use outside quotes within {@value #PRONOUN_REACH} sentences before is the object of "in"
     * ({@link #afterIn}), the subject of the reporting verb nearest to that use in its sentence ("the company said
     * in a statement ... the statement said" is the company's), when it resolves to a person, an organisation or a
     * group. "The statement" that the text has not spoken of is what the sentence before reported, when that sentence
     * has one reporting verb ("The firm said it would appeal. The statement added: ...").
     */
    private Optional<ResolvedSpeaker> issuer(DocumentView doc, SpeakerPhrase phrase, SpeakerHistory earlier) {
        int head = phrase.head();
        String lemma = doc.token(head).lemma();
        if (!isTheNoun(doc, phrase) || !doc.lexicon().sourceNouns().contains(lemma)) {
            return Optional.empty();
        }
        int sentence = doc.token(head).sentenceIndex();
        int stop = doc.sentenceFirst(Math.max(0, sentence - PRONOUN_REACH));
        for (int k = phrase.first() - 1; k >= Math.max(0, stop); k--) {
            if (doc.isQuoted(k) || !doc.token(k).lemma().equals(lemma)) {
                continue;
            }
            if (!afterIn(doc, k)) {
                return Optional.empty();
            }
            int s = doc.token(k).sentenceIndex();
            int use = k;
            Optional<Integer> cue = cuesIn(doc, s).boxed().min(Comparator.comparingInt(i -> Math.abs(i - use)));
            return subjectOfCue(doc, cue, s, phrase, earlier);
        }
        if (lemma.equals(STATEMENT) && sentence > 0) {
            // "The firm said it would appeal. The statement added: ...": the statement is the one just made
            int s = sentence - 1;
            List<Integer> cues = cuesIn(doc, s).boxed().toList();
            if (cues.size() == 1) {
                return subjectOfCue(doc, Optional.of(cues.get(0)), s, phrase, earlier);
            }
        }
        return Optional.empty();
    }

    /** The reporting verbs of a sentence outside quotes. */
    private static IntStream cuesIn(DocumentView doc, int sentence) {
        return IntStream.range(doc.sentenceFirst(sentence), doc.sentenceEnd(sentence))
                .filter(i -> !doc.isQuoted(i) && doc.isCue(i));
    }

    /** The person, organisation or group that the subject of a cue before the phrase resolves to. */
    private Optional<ResolvedSpeaker> subjectOfCue(DocumentView doc, Optional<Integer> cue, int sentence,
                                                   SpeakerPhrase phrase, SpeakerHistory earlier) {
        return cue.flatMap(i -> Phrases.subjectOf(doc, i, sentence))
                .filter(p -> p.end() <= phrase.first())
                .flatMap(p -> resolve(p, doc, earlier, false))
                .filter(e -> e.type() == SpeakerType.PERSON || e.type() == SpeakerType.ORGANIZATION
                        || e.type() == SpeakerType.GROUP);
    }

    /**
     * Whether a noun is the object of "in", as a writing is when someone says something in it: "in a statement", "in
     * its annual report", "in a brief written statement" (up to two adjectives or nouns between); not when "in"
     * completes a verb other than a cue or an adjective ("not involved in the study").
     */
    private static boolean afterIn(DocumentView doc, int noun) {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 2 && (doc.token(k).pos().startsWith("JJ") || doc.token(k).pos().startsWith("NN")
                || doc.token(k).pos().equals("VBN"))) {
            k--;
        }
        boolean determiner = k >= 0 && (doc.token(k).pos().equals("DT") || doc.token(k).pos().equals("PRP$"));
        if (!determiner || k < 1 || !doc.lower(k - 1).equals("in")) {
            return false;
        }
        // "involved in the study", "interested in the report": "in" completes another verb or adjective
        int before = k - 2;
        String pos = before >= 0 ? doc.token(before).pos() : "";
        return !(pos.startsWith("VB") || pos.startsWith("JJ")) || doc.isCue(before);
    }

    /**
     * Whether the phrase's head is a capitalised word right after a kind of organisation in lowercase, inside the
     * phrase ("housing charity Threshold", "the union Unite"): the name of that organisation, whatever its part of
     * speech.
     */
    private static boolean namedAfterItsKind(DocumentView doc, SpeakerPhrase phrase) {
        int head = phrase.head();
        String word = doc.token(head).word();
        if (head <= phrase.first() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        return doc.token(head - 1).word().equals(doc.lower(head - 1))
                && OrganisationKinds.before(doc.tokens(), head, doc.lexicon().orgNouns());
    }

    /** A word in capitals, as transcripts write speaker labels ("HOLM"). */
    private static boolean isCapitalised(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * Whether a source of this type and gender may be what the pronoun stands for: "he" and "she" a person of that
     * gender or of none known; "it" an organisation, a country or city, or another source that is no person or group
     * (a writing: "The report ... It said ..."); "they" a group or an organisation.
     */
    private static boolean fits(SpeakerType type, Optional<Gender> known, Gender pronoun) {
        return switch (pronoun) {
            case MALE, FEMALE -> type == SpeakerType.PERSON && known.map(g -> g == pronoun).orElse(true);
            case NEUTER -> type == SpeakerType.ORGANIZATION || type == SpeakerType.GPE || type == SpeakerType.OTHER;
            case PLURAL -> type == SpeakerType.GROUP || type == SpeakerType.ORGANIZATION;
        };
    }

    private static ResolvedSpeaker fromEntity(DocumentView doc, int entityIndex, Mention mention) {
        Entity entity = doc.entities().entities().get(entityIndex);
        SpeakerType type = switch (entity.type()) {
            case PERSON -> SpeakerType.PERSON;
            case ORGANIZATION -> SpeakerType.ORGANIZATION;
            case LOCATION -> SpeakerType.GPE;
        };
        return new ResolvedSpeaker("entity:" + entityIndex, entity.name(), type,
                doc.entities().genders().get(entityIndex), mention);
    }

    private static boolean isRole(DocumentView doc, int token) {
        return doc.lexicon().roleNouns().contains(doc.token(token).lemma());
    }

    /** True if the phrase opens with "the", "this" or "that", or with a possessive ("the party's spokesman"). */
    private static boolean definite(DocumentView doc, SpeakerPhrase phrase) {
        return demonstrative(doc, phrase) || doc.token(phrase.first()).pos().equals("PRP$")
                || (phrase.first() + 1 < phrase.end() && doc.token(phrase.first() + 1).pos().equals("POS"));
    }

    /** True if the phrase opens with "the", "this" or "that", or is a headline's role without an article. */
    private static boolean demonstrative(DocumentView doc, SpeakerPhrase phrase) {
        String first = doc.lower(phrase.first());
        return first.equals("the") || first.equals("this") || first.equals("that") || headlineStyle(doc, phrase);
    }

    /**
     * Whether a phrase opens its sentence with a noun or an adjective and no determiner, as headlines write a
     * definite role ("Minister defends plan", "Defence minister says ..."): prose opens a sentence with a singular
     * noun only after an article or a possessive.
     */
    private static boolean headlineStyle(DocumentView doc, SpeakerPhrase phrase) {
        int first = phrase.first();
        boolean opens = doc.opensSentence(first);
        String pos = doc.token(first).pos();
        boolean possessor = first + 1 < phrase.end() && doc.token(first + 1).pos().equals("POS");
        return opens && !possessor && (pos.equals("NN") || pos.equals("NNP") || pos.equals("JJ"));
    }

    /** "her campaign", "their spokesman": a phrase that names its source no better than "the campaign". */
    private static boolean opensWithPronoun(DocumentView doc, Mention mention) {
        return doc.token(doc.firstTokenAtOrAfter(mention.span().start())).pos().equals("PRP$");
    }

    private static boolean isDeterminer(Token t) {
        return t.pos().equals("DT");
    }

    private static Mention mention(DocumentView doc, int first, int end) {
        Span span = doc.span(first, end);
        return new Mention(span, span.of(doc.text()), doc.token(first).sentenceIndex());
    }
}
