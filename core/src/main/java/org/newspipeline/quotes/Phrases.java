package org.newspipeline.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.EntityType;
import org.newspipeline.pipeline.Token;

/**
 * Finds noun phrases next to a reporting verb from part-of-speech tags alone, without a parser. Stateless.
 */
final class Phrases {

    /** Prepositions that may join a head to its complement inside a source phrase ("a spokesman for X"). */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "with", "from", "in", "on");
    /**
     * Prepositions that never open a clause: a noun phrase right after one is its object, never the subject of the
     * verb after it ("Posters across the city read ...": the city reads nothing).
     */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("across", "among", "amid", "amongst", "around",
            "behind", "beneath", "beside", "beyond", "despite", "during", "inside", "into", "near", "onto", "outside",
            "over", "through", "throughout", "toward", "towards", "under", "underneath", "upon", "via", "within",
            "without", "against", "along", "between");
    /** Prepositions after an adjective that describes a noun: "people familiar with", "sources close to". */
    private static final Set<String> ADJECTIVE_LINKS = Set.of("with", "to", "of", "on", "in", "about");
    /** Words that pick some of a group before "of": "one of the pupils", "some of his aides". */
    private static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "some", "each", "all", "both",
            "many", "several", "most", "none", "any", "few", "either", "neither");
    /** How far back an apposition or relative clause may reach between two commas. */
    private static final int MAX_APPOSITION = 25;
    /** How many tokens a parenthesis after a name may hold: "(R-Utah)", "(D-N.Y.)". */
    private static final int MAX_PARENTHESIS = 8;
    /** The most words of a title's branch in brackets before a name ("Commissioner of Police (Traffic) Ann Rao"). */
    private static final int MAX_BRANCH = 3;
    /** Contracted auxiliaries, whatever the tagger made of them ("He's claiming", "they've said"). */
    private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'s", "'re", "'ve", "'m", "'d", "'ll");

    private Phrases() {
    }

    /** Whether the token is a noun for a writing that has an author ("a report by the auditors"). */
    private static boolean isWriting(DocumentView doc, int k) {
        Token t = doc.token(k);
        return t.isNoun() && doc.lexicon().sourceNouns().contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the token is a preposition that joins a head to its complement ("a spokesman for X"). */
    static boolean isLink(DocumentView doc, int k) {
        return LINKS.contains(doc.lower(k));
    }

    /**
     * The subject a verb after "and" or "but" shares with the sentence's first verb ("The bank held rates but
     * signalled that ...", "He met the minister and later said ..."): the first finite verb's subject, when that
     * opens the sentence; else none.
     */
    private static Optional<SpeakerPhrase> sharedSubject(DocumentView doc, int conjunction, int sentenceFirst) {
        for (int j = sentenceFirst + 1; j < conjunction; j++) {
            if (doc.isQuoted(j)) {
                return Optional.empty();
            }
            if (doc.isFiniteVerb(j)) {
                return subjectBefore(doc, j, sentenceFirst).filter(p -> p.first() == sentenceFirst);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of a verb: the noun phrase ending just before it, over adverbs and auxiliaries ("he has also
     * said"), an apposition between commas ("Hugh Hill, a doctor at the hospital, said") or a relative pronoun
     * ("Smith, who said").
     */
    static Optional<SpeakerPhrase> subjectBefore(DocumentView doc, int verb, int sentenceFirst) {
        int k = verb - 1;
        while (k >= sentenceFirst && !doc.isQuoted(k)
                && (isAuxiliaryOrAdverb(doc.token(k)) || isTimeWord(doc, k) || introducesTime(doc, k))) {
            k--;
        }
        if (k < sentenceFirst || doc.isQuoted(k)) {
            return Optional.empty();
        }
        Token t = doc.token(k);
        if (t.pos().equals("CC") && (t.word().equalsIgnoreCase("and") || t.word().equalsIgnoreCase("but"))) {
            return sharedSubject(doc, k, sentenceFirst);
        }
        if (isRelativePronoun(t)) {
            // "Smith, who said" / "the police department which reported": the phrase the clause hangs on.
            int before = k - 1 >= sentenceFirst && doc.token(k - 1).word().equals(",") ? k - 2 : k - 1;
            return endingAt(doc, beforePersonalDetails(doc, before, sentenceFirst), sentenceFirst);
        }
        if (t.word().equals(",")) {
            for (int j = k - 1; j >= Math.max(sentenceFirst, k - MAX_APPOSITION); j--) {
                if (doc.isQuoted(j)) {
                    return Optional.empty();
                }
                if (doc.token(j).word().equals(",")) {
                    int from = j + 1;
                    int to = k;
                    int last = j - 1;
                    if (last - 2 >= sentenceFirst && doc.token(last).pos().startsWith("RB")
                            && doc.token(last - 1).word().equals(",")) {
                        // "Ola Berg, meanwhile, who sits on the board, said": past the adverb set off by commas
                        last -= 2;
                    }
                    last = beforeRelativeClause(doc, last, sentenceFirst);
                    return endingAt(doc, beforePersonalDetails(doc, last, sentenceFirst), sentenceFirst)
                            .map(p -> p.withApposition(from, to));
                }
            }
            return Optional.empty();
        }
        return endingAt(doc, k, sentenceFirst).filter(p -> p.first() == sentenceFirst
                || !OBJECT_PREPOSITIONS.contains(doc.lower(p.first() - 1)));
    }

    /**
     * The last token before a relative clause set off by a comma that ends at {@code last} ("one reader, who asked to
     * be named only by his first name, Jake, told ...": the apposition after the clause names the phrase before
     * it), the comma excluded; else {@code last}.
     */
    static int beforeRelativeClause(DocumentView doc, int last, int sentenceFirst) {
        for (int k = last; k > sentenceFirst + 1; k--) {
            if (doc.token(k).word().equals(",") || doc.isQuoted(k)) {
                return last;
            }
            if (isRelativePronoun(doc.token(k)) && doc.token(k - 1).word().equals(",")) {
                return k < last ? k - 2 : last;
            }
        }
        return last;
    }

    /**
     * The last token of a person's name that an age and a place of origin follow between commas ("Ann Lee, 52, from
     * Leeds," or "Ann Lee, from Leeds,"), given {@code last}, the last token of those details; else {@code last}.
     */
    static int beforePersonalDetails(DocumentView doc, int last, int sentenceFirst) {
        int k = last;
        int j = k;
        while (j > sentenceFirst && doc.token(j).isProperNoun()) {
            j--;
        }
        if (j < k && doc.lower(j).equals("from") && j - 2 >= sentenceFirst && doc.lower(j - 1).equals(",")) {
            k = j - 2;
        }
        if (k - 2 >= sentenceFirst && doc.token(k).pos().equals("CD") && doc.lower(k - 1).equals(",")) {
            k -= 2;
        }
        return k != last && doc.token(k).ner().equals("PERSON") ? k : last;
    }

    /**
     * The noun phrase whose last token is {@code last}. Parentheses after it ("Chaffetz (R-Utah)") are passed over,
     * as many as there are, in a loop: the depth of nothing here depends on the input.
     */
    static Optional<SpeakerPhrase> endingAt(DocumentView doc, int last, int sentenceFirst) {
        while (last >= sentenceFirst && !doc.isQuoted(last) && doc.token(last).word().equals(")")) {
            Optional<Integer> open = skipParenthesis(doc, last, sentenceFirst);
            if (open.isEmpty()) {
                return Optional.empty();
            }
            last = open.get() - 1;
        }
        if (last < sentenceFirst || doc.isQuoted(last)) {
            return Optional.empty();
        }
        Token t = doc.token(last);
        if (isPersonalPronoun(t)) {
            return Optional.of(new SpeakerPhrase(last, last + 1, last));
        }
        if (!isNounLike(t) && !Epithets.isAge(doc, last)) {
            // an age stands for a noun: "the 45-year-old said"
            return Optional.empty();
        }
        int head = last;
        int k = last;
        while (k - 1 >= sentenceFirst && !doc.isQuoted(k - 1)) {
            Token prev = doc.token(k - 1);
            if (joinsWordBefore(doc, k - 1, sentenceFirst)) {
                // "self-styled experts": the word a hyphen joins to the phrase belongs to it, whatever its tag
                k -= 2;
                continue;
            }
            if (k - 2 >= sentenceFirst && !prev.isPunctuation() && joinsWordBefore(doc, k - 2, sentenceFirst)) {
                // "far-left activists": the second half of a hyphenated modifier, whatever its tag
                k--;
                continue;
            }
            if (participleBefore(doc, k, sentenceFirst, last)) {
                // "a lawyer representing Ann Lee": the participle's object is not who the phrase names
                k -= 2;
                head = k;
                continue;
            }
            boolean determiner = prev.pos().equals("DT") || prev.pos().equals("PRP$");
            boolean modifier = isModifier(prev) || isParticipleBeforeRole(doc, k - 1, k + 1);
            if (modifier || determiner) {
                k--;
            }
            if (!modifier) {
                boolean linked = k - 2 >= sentenceFirst && (LINKS.contains(doc.lower(k - 1))
                        || doc.lower(k - 1).equals("by") && isWriting(doc, k - 2)) && !doc.isQuoted(k - 2);
                boolean adjectiveLinked = k - 3 >= sentenceFirst && ADJECTIVE_LINKS.contains(doc.lower(k - 1))
                        && isAdjectiveOrParticiple(doc.token(k - 2)) && isNounLike(doc.token(k - 3))
                        && !doc.isQuoted(k - 3);
                if (participleBefore(doc, k, sentenceFirst, last)) {
                    // "a lawyer representing the family"
                    k -= 2;
                    head = k;
                } else if (linked && isNounLike(doc.token(k - 2))) {
                    k -= 2;
                    head = k;
                } else if (adjectiveLinked) {
                    // "people familiar with the matter", "sources close to the talks", "officials briefed on it"
                    k -= 3;
                    head = k;
                } else if (linked && doc.lower(k - 1).equals("of") && QUANTIFIERS.contains(doc.lower(k - 2))) {
                    // "the mother of one of the pupils": the quantifier passes on to the phrase it hangs on; alone
                    // ("one of the pupils") the group after "of" names who, as in nounGroupAt
                    k -= 2;
                } else {
                    break;
                }
            }
        }
        return Optional.of(new SpeakerPhrase(k, last + 1, head));
    }

    /**
     * The first token of the clause after an apposition that describes a source named just before it ("According to
     * Tom Berg, | an economist at the bank, | the plant could close"): when the tokens from {@code first} are a noun
     * phrase with no verb, closed by a comma, and a clause (a noun phrase and its finite verb) follows, the token
     * after that comma; otherwise {@code first}. "According to the police, the driver, a local man, fled" keeps its
     * clause whole: no finite verb follows the first noun phrase's comma.
     */
    static int afterApposition(DocumentView doc, int first, int sentenceEnd) {
        Optional<SpeakerPhrase> apposition = startingAt(doc, first, sentenceEnd);
        if (apposition.isEmpty() || isPersonalPronoun(doc.token(apposition.get().head()))) {
            return first;
        }
        int comma = apposition.get().end();
        if (comma + 1 >= sentenceEnd || !doc.token(comma).word().equals(",") || doc.isQuoted(comma + 1)) {
            return first;
        }
        Optional<SpeakerPhrase> subject = nounGroupAt(doc, comma + 1, sentenceEnd);
        if (subject.isEmpty()) {
            return first;
        }
        int verb = subject.get().end();
        while (verb < sentenceEnd && doc.token(verb).pos().startsWith("RB")) {
            verb++;
        }
        return verb < sentenceEnd && doc.isFiniteVerb(verb) ? comma + 1 : first;
    }

    /**
     * Whether token {@code hyphen} is a hyphen written between two words with no space ("self-styled", "ex-senator"),
     * so that the word before it is part of the word after it.
     */
    private static boolean joinsWordBefore(DocumentView doc, int hyphen, int sentenceFirst) {
        if (hyphen - 1 < sentenceFirst || doc.isQuoted(hyphen - 1) || !doc.token(hyphen).word().equals("-")) {
            return false;
        }
        Token before = doc.token(hyphen - 1);
        Token dash = doc.token(hyphen);
        Token after = doc.token(hyphen + 1);
        return !before.isPunctuation() && before.span().end() == dash.span().start()
                && dash.span().end() == after.span().start();
    }

    private static boolean isAdjectiveOrParticiple(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN");
    }

    /**
     * The noun phrase that starts at {@code first} ("said Mr. Smith, a spokesman"), with its complements joined by
     * a preposition ("a spokesman for the council of the city"), as many as there are, in a loop.
     */
    static Optional<SpeakerPhrase> startingAt(DocumentView doc, int first, int sentenceEnd) {
        Optional<SpeakerPhrase> core = nounGroupAt(doc, first, sentenceEnd);
        if (core.isEmpty() || isPersonalPronoun(doc.token(core.get().head()))) {
            return core;
        }
        int end = core.get().end();
        while (end + 1 < sentenceEnd && !doc.isQuoted(end + 1)) {
            // "a spokesman for the council", "two sources familiar with the matter"
            int link = LINKS.contains(doc.lower(end)) ? end
                    : end + 2 < sentenceEnd && isAdjectiveOrParticiple(doc.token(end))
                    && ADJECTIVE_LINKS.contains(doc.lower(end + 1)) && !doc.isQuoted(end + 2) ? end + 1 : -1;
            if (link < 0) {
                break;
            }
            Optional<SpeakerPhrase> tail = nounGroupAt(doc, link + 1, sentenceEnd);
            if (tail.isEmpty() || isPersonalPronoun(doc.token(tail.get().first()))) {
                break;
            }
            end = tail.get().end();
            if (isPersonalPronoun(doc.token(tail.get().head()))) {
                // "the spokesman for one of them": nothing hangs on the pronoun.
                break;
            }
        }
        Optional<SpeakerPhrase> named = nameAfterBranch(doc, end, sentenceEnd);
        return Optional.of(named.isPresent() ? new SpeakerPhrase(first, named.get().end(), named.get().head())
                : new SpeakerPhrase(first, end, core.get().head()));
    }

    /**
     * The person's name after a title's branch in brackets ("Joint Commissioner of Police (Traffic) Anil Mehra"):
     * at {@code open} a bracket round at most {@value #MAX_BRANCH} capitalised words, then a name the entity tagger
     * reads as a person's; empty otherwise.
     */
    private static Optional<SpeakerPhrase> nameAfterBranch(DocumentView doc, int open, int sentenceEnd) {
        if (open >= sentenceEnd || !doc.token(open).word().equals("(")) {
            return Optional.empty();
        }
        int close = open + 1;
        while (close < sentenceEnd && close - open <= MAX_BRANCH
                && Character.isUpperCase(doc.token(close).word().codePointAt(0))) {
            close++;
        }
        if (close == open + 1 || close >= sentenceEnd || !doc.token(close).word().equals(")")) {
            return Optional.empty();
        }
        int after = close + 1;
        return nounGroupAt(doc, after, sentenceEnd)
                .filter(name -> name.first() == after)
                .filter(name -> doc.token(name.first()).ner().equals(EntityType.PERSON.name())
                        && doc.token(name.head()).ner().equals(EntityType.PERSON.name()));
    }

    /**
     * The determiner, modifiers and nouns that start at {@code first}, without complements; or a pronoun; or, for
     * "one of those advisers" and "some of his aides", the group after the "of"s, however many.
     */
    private static Optional<SpeakerPhrase> nounGroupAt(DocumentView doc, int first, int sentenceEnd) {
        int start = first;
        while (start < sentenceEnd && !doc.isQuoted(start)) {
            Token t = doc.token(start);
            if (isPersonalPronoun(t)) {
                return Optional.of(new SpeakerPhrase(first, start + 1, start));
            }
            int k = start;
            if (t.pos().equals("DT") || t.pos().equals("PRP$")) {
                k++;
            }
            if (k + 1 < sentenceEnd && isBareVerb(doc.token(k)) && doc.token(k + 1).isNoun()) {
                // "said lead author Ann Lee": a noun's modifier the part-of-speech tagger read as a verb
                k++;
            }
            int lastNoun = -1;
            while (k < sentenceEnd && !doc.isQuoted(k)
                    && (isModifier(doc.token(k)) || isParticipleBeforeRole(doc, k, sentenceEnd))) {
                if (isNounLike(doc.token(k)) || isNationalityAdjective(doc, k)) {
                    lastNoun = k;
                }
                k++;
                while (k + 1 < sentenceEnd && joinsWordBefore(doc, k, first) && !doc.isQuoted(k + 1)) {
                    // "mother-of-three Kerry Dunn", "mother-in-law": a word joined by hyphens is one word
                    k += 2;
                    if (isNounLike(doc.token(k - 1))) {
                        lastNoun = k - 1;
                    }
                }
            }
            if (lastNoun >= 0) {
                return Optional.of(new SpeakerPhrase(first, lastNoun + 1, lastNoun));
            }
            // "one of those advisers", "some of his aides": the phrase after "of" names who.
            if (!(k + 1 < sentenceEnd && doc.lower(k).equals("of") && k > start)) {
                return Optional.empty();
            }
            start = k + 1;
        }
        return Optional.empty();
    }

    /**
     * The subject of a reporting verb in its sentence: the phrase before it (see {@link #subjectBefore}), or, for a
     * participle without an auxiliary or a verb coordinated with "and" ("Trump lashed out, saying ...", "Dean
     * appeared on TV and said ..."), the subject of the sentence.
     */
    static Optional<SpeakerPhrase> subjectOf(DocumentView doc, int verb, int sentence) {
        int first = doc.sentenceFirst(sentence);
        int k = verb - 1;
        while (k >= first && doc.token(k).pos().startsWith("RB")) {
            k--;
        }
        String pos = doc.token(verb).pos();
        boolean participle = pos.equals("VBG") || pos.equals("VBN");
        boolean auxiliary = k >= first && isAuxiliaryOrAdverb(doc.token(k));
        if (!participle || auxiliary) {
            Optional<SpeakerPhrase> subject = subjectBefore(doc, verb, first);
            if (subject.isPresent() || participle) {
                return subject;
            }
            boolean coordinated = k >= first && (doc.lower(k).equals("and") || doc.lower(k).equals(","));
            return coordinated ? sentenceSubject(doc, sentence).filter(p -> p.end() <= verb) : Optional.empty();
        }
        // A participle after a noun modifies it ("a statement announcing", "a message posted"): the speaker is
        // the subject of the sentence, if any ("The council issued a statement calling ...").
        return sentenceSubject(doc, sentence).filter(p -> p.end() <= verb);
    }

    /**
     * The subject of a sentence: a noun phrase at its start, after the dateline that opens its paragraph ({@link
     * Datelines}), or after an opening phrase set off by a comma ("In a statement, the council said"), followed by a
     * verb, with a parenthesis or an apposition allowed between ("Berg, a retired nurse, then spoke ...", "Holm
     * (Greens), in particular, has been pressing ...").
     */
    static Optional<SpeakerPhrase> sentenceSubject(DocumentView doc, int sentence) {
        return sentenceSubject(doc, sentence, false);
    }

    /**
     * The subject of a sentence as {@link #sentenceSubject} finds it, or a noun phrase at its start followed by a
     * finite "be" or "have" that is not an auxiliary of a verb after it ("Ann Lee is to close ...", "Ann Lee was
     * furious"): the subject of a participle at the sentence's end ("..., blaming the rising costs").
     */
    static Optional<SpeakerPhrase> subjectOfAnyVerb(DocumentView doc, int sentence) {
        return sentenceSubject(doc, sentence, true);
    }

    private static Optional<SpeakerPhrase> sentenceSubject(DocumentView doc, int sentence, boolean finiteBeOrHave) {
        int end = doc.sentenceEnd(sentence);
        int first = doc.sentenceFirst(sentence);
        int start = Math.max(first, doc.opensParagraph(sentence) ? Datelines.end(doc, first, end) : -1);
        Optional<SpeakerPhrase> subject = subjectAt(doc, start, end, finiteBeOrHave);
        if (subject.isPresent()) {
            return subject;
        }
        int comma = nextComma(doc, start, end);
        return comma < 0 ? Optional.empty() : subjectAt(doc, comma + 1, end, finiteBeOrHave);
    }

    private static Optional<SpeakerPhrase> subjectAt(DocumentView doc, int start, int end, boolean finiteBeOrHave) {
        Optional<SpeakerPhrase> phrase = startingAt(doc, start, end);
        if (phrase.isEmpty() || inCapitals(doc, phrase.get())) {
            // A dateline or a heading in capitals ("PHILADELPHIA, July 25 -") is not the subject.
            return Optional.empty();
        }
        int k = phrase.get().end();
        if (k < end && doc.token(k).word().equals("(")) {
            while (k < end && !doc.token(k).word().equals(")") && k - phrase.get().end() < MAX_PARENTHESIS) {
                k++;
            }
            k++;
        }
        int appositionFirst = -1;
        int appositionEnd = -1;
        if (k < end && doc.token(k).word().equals(",")) {
            int close = nextComma(doc, k + 1, end);
            if (close < 0) {
                return Optional.empty();
            }
            appositionFirst = k + 1;
            appositionEnd = close;
            k = close + 1;
        }
        boolean finite = false;
        while (k < end && !doc.isQuoted(k) && isAuxiliaryOrAdverb(doc.token(k))) {
            finite |= doc.isFiniteVerb(k);
            k++;
        }
        boolean verb = k < end && doc.token(k).isVerb() && !doc.isQuoted(k);
        if (!verb && !(finiteBeOrHave && finite && k < end)) {
            return Optional.empty();
        }
        SpeakerPhrase p = phrase.get();
        return Optional.of(appositionFirst >= 0 ? p.withApposition(appositionFirst, appositionEnd) : p);
    }

    /**
     * The phrase with the name that follows it after a comma as its apposition ("said a neighbour, Ola Berg."), when
     * a person's name alone runs from the comma to the next comma or the end of the sentence; else the phrase.
     */
    static SpeakerPhrase withNameAfter(DocumentView doc, SpeakerPhrase phrase, int sentenceEnd) {
        int comma = phrase.end();
        if (comma + 1 >= sentenceEnd || !doc.token(comma).word().equals(",") || doc.isQuoted(comma + 1)) {
            return phrase;
        }
        int close = nextComma(doc, comma + 1, sentenceEnd);
        int end = close >= 0 ? close : sentenceEnd;
        while (end > comma + 1 && doc.token(end - 1).isPunctuation()) {
            end--;
        }
        for (EntityMention m : doc.entities().within(comma + 1, end)) {
            if (m.type() == EntityType.PERSON && m.firstToken() == comma + 1 && m.endToken() == end) {
                return phrase.withApposition(comma + 1, end);
            }
        }
        return phrase;
    }

    private static boolean inCapitals(DocumentView doc, SpeakerPhrase phrase) {
        for (int i = phrase.first(); i < phrase.end(); i++) {
            String word = doc.token(i).word();
            if (word.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return doc.token(phrase.head()).word().length() > 1;
    }

    /** The next comma outside quotes within {@value #MAX_APPOSITION} tokens, or -1. */
    private static int nextComma(DocumentView doc, int from, int end) {
        for (int k = from; k < Math.min(end, from + MAX_APPOSITION); k++) {
            if (doc.isQuoted(k)) {
                return -1;
            }
            if (doc.token(k).word().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the "(" that opens the parenthesis closing at {@code close}: "Chaffetz (R-Utah)". */
    private static Optional<Integer> skipParenthesis(DocumentView doc, int close, int sentenceFirst) {
        for (int k = close - 1; k >= Math.max(sentenceFirst, close - MAX_PARENTHESIS); k--) {
            if (doc.isQuoted(k)) {
                return Optional.empty();
            }
            if (doc.token(k).word().equals("(")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** "Thursday", "morning": a time between the speaker and the verb ("Priebus later Thursday told ..."). */
    private static boolean isTimeWord(DocumentView doc, int k) {
        return doc.lexicon().timeWords().contains(doc.lower(k));
    }

    /** "on" or "last" before a time word: "Smith on Monday said", "Smith last week said". */
    private static boolean introducesTime(DocumentView doc, int k) {
        String word = doc.lower(k);
        return (word.equals("on") || word.equals("last") || word.equals("this") || word.equals("early")
                || word.equals("late")) && k + 1 < doc.tokens().size() && isTimeWord(doc, k + 1);
    }

    /**
     * The subject right before a verb when its head is a name or a personal pronoun ("Ann Holm shrugged", "she
     * pressed"): who a verb outside the cue lists reports for.
     *
     * @param verb          the verb's token
     * @param sentenceFirst the first token the subject may start at
     */
    static Optional<SpeakerPhrase> nameOrPronounBefore(DocumentView doc, int verb, int sentenceFirst) {
        return subjectBefore(doc, verb, sentenceFirst).filter(p -> p.end() == verb
                && (doc.token(p.head()).isProperNoun() || isPersonalPronoun(doc.token(p.head()))));
    }

    /**
     * "managing director", "acting editor", "the ranking Democrat", "chief operating officer": a participle before a
     * singular role noun is part of the role, not a verb, unless a common noun before it is its subject ("officials
     * blasting President Lee").
     */
    private static boolean isParticipleBeforeRole(DocumentView doc, int k, int sentenceEnd) {
        if (k + 1 >= sentenceEnd || !doc.token(k).pos().equals("VBG") || doc.isQuoted(k + 1)) {
            return false;
        }
        String before = k > 0 ? doc.token(k - 1).pos() : "";
        String next = doc.token(k + 1).pos();
        return !before.equals("NN") && !before.equals("NNS") && (next.equals("NN") || next.equals("NNP"))
                && doc.lexicon().roleNouns().contains(doc.token(k + 1).lemma());
    }

    /**
     * Whether the token is a present participle with its object, after the common noun it tells of ("a lawyer
     * representing the family", "voters backing the mayor"): the object is not who the noun phrase names. The
     * part-of-speech tagger sometimes reads the participle as a noun, so a word in -ing counts too; the object must
     * open with a determiner, a possessive or a name ("media buying sources" is a compound). {@code first} and
     * {@code end} bound the phrase.
     */
    static boolean isParticipleAfterNoun(DocumentView doc, int k, int first, int end) {
        if (k - 1 < first || k + 1 >= end) {
            return false;
        }
        String before = doc.token(k - 1).pos();
        if (!before.equals("NN") && !before.equals("NNS")) {
            return false;
        }
        Token t = doc.token(k);
        String next = doc.token(k + 1).pos();
        boolean objectStarts = next.equals("DT") || next.equals("PRP$") || next.startsWith("NNP");
        return objectStarts && (t.pos().equals("VBG") || t.pos().equals("NN") && t.word().endsWith("ing"));
    }

    /** Whether a participle with its object from token {@code k} stands before {@code k}, after a noun. */
    private static boolean participleBefore(DocumentView doc, int k, int sentenceFirst, int last) {
        return isParticipleAfterNoun(doc, k - 1, sentenceFirst, last + 1) && !doc.isQuoted(k - 2);
    }

    /** A verb in its base form or present tense not in the third person ("lead", "trade"). */
    private static boolean isBareVerb(Token t) {
        return t.pos().equals("VB") || t.pos().equals("VBP");
    }

    /** A relative pronoun, "who" or "which" (the tagger's {@code WP} and {@code WDT}). */
    static boolean isRelativePronoun(Token t) {
        return t.pos().equals("WP") || t.pos().equals("WDT");
    }

    /** Whether the token is the verb right after a relative pronoun set off by a comma (", who asked ..."). */
    static boolean opensRelativeClause(DocumentView doc, int verb) {
        return verb >= 2 && isRelativePronoun(doc.token(verb - 1)) && doc.token(verb - 2).word().equals(",");
    }

    /**
     * Whether the token is a plural proper noun that the entity tagger left out of every name ("Democrats",
     * "Conservatives", "Americans"): the members of a party or a people, a group that speaks together.
     */
    static boolean isGroupName(DocumentView doc, int k) {
        Token t = doc.token(k);
        return t.pos().equals("NNPS") && t.ner().equals("O") && doc.entities().within(k, k + 1).isEmpty();
    }

    static boolean isPersonalPronoun(Token t) {
        return t.pos().equals("PRP");
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return isNounLike(t) || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("POS")
                || (pos.equals("HYPH") || t.word().equals("-"));
    }

    /**
     * Whether the token is a capitalised nationality that the part-of-speech tagger reads as an adjective, heading
     * the words before it as a noun would ("said the Norwegian", where it names a person on second reference).
     */
    static boolean isNationalityAdjective(DocumentView doc, int k) {
        Token t = doc.token(k);
        return t.pos().equals("JJ") && Character.isUpperCase(t.word().codePointAt(0))
                && doc.lexicon().demonyms().contains(doc.lower(k));
    }

    /**
     * A noun, or a capitalised word of a person's name that the part-of-speech tagger read as another word ("said
     * Per Olsen": "Per" as the preposition).
     */
    private static boolean isNounLike(Token t) {
        return t.isNoun() || t.ner().equals("PERSON") && Character.isUpperCase(t.word().codePointAt(0));
    }

    /** Whether the token is an adverb, a modal, or a form of "have", "be" or "do" (contracted too). */
    static boolean isAuxiliaryOrAdverb(Token t) {
        if (CONTRACTED_AUXILIARIES.contains(t.word().replace('\u2019', '\''))) {
            return true;
        }
        String pos = t.pos();
        if (pos.startsWith("RB") || pos.equals("MD")) {
            return true;
        }
        return pos.startsWith("VB") && (t.lemma().equals("have") || t.lemma().equals("be")
                || t.lemma().equals("do"));
    }
}
