package org.newspipeline.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newspipeline.entities.EntityMention;
import org.newspipeline.model.EntityType;
import org.newspipeline.pipeline.Gender;
import org.newspipeline.pipeline.Token;

/**
 * A person named again by a description instead of a name, as news writes on second reference: a nationality ("the
 * Italian", "the Briton", "the Irishman"), an age ("the 23-year-old", "the 45-year-old striker"), a stage of life
 * ("the teenager", "the pensioner"), a role with the place it is held for ("the Vermont senator") or a role held
 * before ("the former prime minister"). Such an epithet stands for the one person the text names just before it;
 * when two or more are named there it stays unresolved rather than guessed. Stateless.
 */
final class Epithets {

    /** Endings of the nationality words that name a whole people ("British", "French", "Chinese", "Swiss"). */
    private static final Pattern COLLECTIVE = Pattern.compile("(sh|ch|ese|ss)$");

    /** How many sentences before the epithet's own are searched for the person it stands for. */
    static final int REACH = 2;

    private Epithets() {
    }

    /**
     * Whether a phrase is an epithet: it opens with "the", holds no name, its head is singular, and that head is a
     * nationality (a word of {@link Lexicon#demonyms()}, or one of them with "man" or "woman") or a noun of
     * {@link Lexicon#epithetNouns()}, or the phrase gives an age.
     */
    private static boolean isEpithet(DocumentView doc, SpeakerPhrase phrase) {
        if (phrase.end() - phrase.first() < 2 || !doc.lower(phrase.first()).equals("the")) {
            return false;
        }
        if (!doc.entities().within(phrase.first(), phrase.end()).isEmpty()) {
            return placedRole(doc, phrase);
        }
        Token head = doc.token(phrase.head());
        if (head.pos().equals("NNS") || head.pos().equals("NNPS")) {
            // "the Saudis", "the 18-year-olds": a people or a group
            return false;
        }
        if (doc.lower(phrase.first() + 1).equals("former") && head.isNoun()
                && doc.lexicon().roleNouns().contains(doc.lower(phrase.head())) && !possessive(doc, phrase)) {
            // "the former prime minister": a role the person no longer holds, so no one else holds it in the story
            // ("the former mayor's spokeswoman" is someone else)
            return true;
        }
        return (head.isNoun() || Phrases.isNationalityAdjective(doc, phrase.head()))
                && nationality(doc, doc.lower(phrase.head())) || givesAge(doc, phrase)
                || head.isNoun() && doc.lexicon().epithetNouns().contains(doc.lower(phrase.head()));
    }

    /**
     * Whether a phrase is a role with the place it is held for ("the Vermont senator", "the New Jersey governor"):
     * its one name is a place, right before the singular role noun that ends and heads it.
     */
    private static boolean placedRole(DocumentView doc, SpeakerPhrase phrase) {
        List<EntityMention> names = doc.entities().within(phrase.first(), phrase.end());
        return names.size() == 1 && names.get(0).type() == EntityType.LOCATION
                && names.get(0).endToken() == phrase.head() && phrase.head() == phrase.end() - 1
                && !doc.token(phrase.head()).pos().endsWith("S")
                && doc.lexicon().roleNouns().contains(doc.lower(phrase.head()));
    }

    /**
     * The person an epithet stands for: the one person entity named (outside quotes) in its sentence before it or in
     * the {@value #REACH} sentences with a verb before that, whose known gender, if any, agrees with the epithet's. A
     * role with its place stands for whom its first use in the text stands for: the story introduces the person just
     * before it, and a later use may follow other names ("the Vermont senator" two paragraphs on).
     *
     * @return the entity's index in {@code doc.entities().entities()}
     */
    static Optional<Integer> person(DocumentView doc, SpeakerPhrase phrase) {
        if (!isEpithet(doc, phrase)) {
            return Optional.empty();
        }
        int start = placedRole(doc, phrase) ? firstUse(doc, phrase) : phrase.first();
        int sentence = doc.token(start).sentenceIndex();
        Set<Integer> people = new HashSet<>();
        addPeople(doc, doc.sentenceFirst(sentence), start, people);
        for (int s = sentence - 1, seen = 0; s >= 0 && seen < REACH; s--) {
            if (hasVerb(doc, s)) {
                // a line without a verb (a picture's credit, a caption's label) names no one the story goes on about
                addPeople(doc, doc.sentenceFirst(s), doc.sentenceEnd(s), people);
                seen++;
            }
        }
        if (people.size() != 1) {
            return Optional.empty();
        }
        int only = people.iterator().next();
        Optional<Gender> said = gender(doc, doc.lower(phrase.head()));
        Optional<Gender> known = doc.entities().genders().get(only);
        boolean agrees = said.isEmpty() || known.isEmpty() || said.equals(known);
        return agrees ? Optional.of(only) : Optional.empty();
    }

    /** Where the same words as the phrase's (after "the") first stand after "the" in the text. */
    private static int firstUse(DocumentView doc, SpeakerPhrase phrase) {
        int length = phrase.end() - phrase.first();
        for (int k = 0; k < phrase.first(); k++) {
            int j = 0;
            while (j < length && doc.lower(k + j).equals(doc.lower(phrase.first() + j))) {
                j++;
            }
            if (j == length) {
                return k;
            }
        }
        return phrase.first();
    }

    /** Adds the person entities named outside quotes between two tokens. */
    private static void addPeople(DocumentView doc, int first, int end, Set<Integer> people) {
        for (EntityMention m : doc.entities().within(first, end)) {
            if (m.type() == EntityType.PERSON && !doc.isQuoted(m.firstToken())) {
                people.add(m.entity());
            }
        }
    }

    private static boolean hasVerb(DocumentView doc, int sentence) {
        for (int k = doc.sentenceFirst(sentence); k < doc.sentenceEnd(sentence); k++) {
            if (doc.token(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nationality(DocumentView doc, String word) {
        if (COLLECTIVE.matcher(word).find()) {
            // "the British", "the French", "the Chinese", "the Swiss": a people, not a person
            return false;
        }
        return doc.lexicon().demonyms().contains(word) || compound(doc, word);
    }

    /** Whether the word is a nationality with "man" or "woman" ("Irishman", "Frenchwoman"; not "German"). */
    private static boolean compound(DocumentView doc, String word) {
        String stem = word.endsWith("woman") ? word.substring(0, word.length() - 5)
                : word.endsWith("man") ? word.substring(0, word.length() - 3) : "";
        return !stem.isEmpty() && doc.lexicon().demonyms().contains(stem);
    }

    /** "Irishman" is a man, "Frenchwoman" a woman; other nationalities ("German", "Italian") tell no gender. */
    private static Optional<Gender> gender(DocumentView doc, String word) {
        if (!compound(doc, word)) {
            return Optional.empty();
        }
        return Optional.of(word.endsWith("woman") ? Gender.FEMALE : Gender.MALE);
    }

    /** Whether a possessive ending stands in the phrase before its head. */
    private static boolean possessive(DocumentView doc, SpeakerPhrase phrase) {
        for (int k = phrase.first(); k < phrase.head(); k++) {
            if (doc.token(k).pos().equals("POS")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase holds an age: a number, "year" and "old" joined by hyphens ("the 23-year-old"). */
    private static boolean givesAge(DocumentView doc, SpeakerPhrase phrase) {
        for (int old = phrase.first() + 4; old < phrase.end(); old++) {
            if (isAge(doc, old)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code old} ends an age: "23", "-", "year", "-", "old". */
    static boolean isAge(DocumentView doc, int old) {
        return old >= 4 && doc.lower(old).equals("old") && doc.lower(old - 2).equals("year")
                && doc.token(old - 4).pos().equals("CD") && doc.token(old - 1).word().equals("-")
                && doc.token(old - 3).word().equals("-");
    }
}
