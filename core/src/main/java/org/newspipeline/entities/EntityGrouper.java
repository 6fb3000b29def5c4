package org.newspipeline.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspipeline.model.Entity;
import org.newspipeline.model.EntityType;
import org.newspipeline.model.Mention;
import org.newspipeline.model.Span;
import org.newspipeline.pipeline.DisplayText;
import org.newspipeline.pipeline.Gender;
import org.newspipeline.pipeline.Linguistics;
import org.newspipeline.pipeline.Stage;
import org.newspipeline.pipeline.Token;

/**
 * Turns the tokens' named-entity tags into mentions and groups the mentions of one entity.
 *
 * <p>A mention is a run of tokens with the same tag in one sentence; a person's mention also takes the titles
 * written before it ("Col Muammar Gaddafi"). A person's mention joins an entity whose name contains all its name
 * tokens ("Gaddafi" and "Col Gaddafi" join "Muammar Gaddafi"), longest mentions first, so the best name is the
 * fullest form without titles, written with one space between words ({@link DisplayText}). Organisations and
 * places group by their text, case and a leading "the" aside; an organisation's initials in capitals after its full
 * name ("NHS" after "National Health Service") join it when they fit one organisation alone. Titles are read only
 * before a person's name ("Justice Department" keeps its first word). A one-word mention that opens its sentence and
 * that the text also writes in lowercase is a common word capitalised by its place ("Harbour towns agree ..."): an
 * entity of such mentions only is left out. A person's surname that the tagger left untagged is a mention of the one
 * person of that surname the text names in full ("Strand, 52, took over ..." after "Mona Strand"). A one-word name
 * that is the first word of one organisation's longer name is that organisation, whichever type the tagger gave it
 * ("Helvion" after "Helvion Pharma"). A one-word name set off by commas after a word for a man or a woman ("his
 * wife, Morag,") is a person's. A one-word name the tagger reads as a person is an organisation's when the text reads
 * it so at least as often, counting a verb and "its" after it, a kind of organisation before it ("the startup Trundlo")
 * and one set off by commas after it ("Trundlo, a delivery startup,"), where the tagger left the name untagged too.
 * A hyphenated description the tagger takes into a person's name ("Mother-of-three Ann Lee") is no part of it. Two
 * people a headline in title case runs together with the verb between them ("Holt Compares Peters") are two.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityGrouper implements Stage<Linguistics, Entities> {

    /** The index key prefix of an organisation's initials. */
    private static final String ACRONYM = "initials ";
    /** Words an organisation's initials leave out. */
    private static final Set<String> SMALL_WORDS = Set.of("the", "of", "and", "for", "&", "in", "on", "at", "to");
    /** Round brackets as the tokenizer may write them (square ones inside a name are an editor's insertion). */
    private static final Set<String> BRACKETS = Set.of("(", ")", "-LRB-", "-RRB-");
    /** Quotation marks before a nickname, as the tokenizer may write them. */
    private static final Set<String> OPENING_MARKS = Set.of("\"", "``", "\u201C");
    /** Quotation marks after a nickname. */
    private static final Set<String> CLOSING_MARKS = Set.of("\"", "''", "\u201D");

    private final Set<String> titles;
    private final Set<String> roleNouns;
    private final Set<String> organisationNouns;
    private final Set<String> companyNameEndings;
    private final Map<String, Gender> genderedWords;
    private final NameGenders nameGenders;

    /**
     * @param titles        honorifics and ranks, lowercase without a full stop
     * @param roleNouns     nouns of roles and occupations, lowercase ("headteacher", "coach"): written before a name
     *                      of two words or more, as the entity tagger may take them into it ("Headteacher Joan
     *                      McBride"), they are no part of the name
     * @param organisationNouns nouns for a kind of organisation, lowercase ("startup", "carmaker", "charity",
     *                      "union"): one right before a one-word name ("the carmaker Kelvara", "the charity Hopewell")
     *                      or set off by commas after it ("Kelvara, a Danish startup,") counts as a reading of the
     *                      name as an organisation's
     * @param companyNameEndings words that end a company's name and no person's, lowercase ("pharma", "holdings"):
     *                      a name of two words or more read as a person's that ends in one is an organisation's
     * @param genderedWords titles and role nouns mapped to MALE or FEMALE
     * @param nameGenders   the usual gender of first names
     */
    public EntityGrouper(Set<String> titles, Set<String> roleNouns, Set<String> organisationNouns,
                         Set<String> companyNameEndings, Map<String, Gender> genderedWords, NameGenders nameGenders) {
        this.titles = Set.copyOf(titles);
        this.roleNouns = Set.copyOf(roleNouns);
        this.organisationNouns = Set.copyOf(organisationNouns);
        this.companyNameEndings = Set.copyOf(companyNameEndings);
        this.genderedWords = Map.copyOf(genderedWords);
        this.nameGenders = nameGenders;
    }

    @Override
    public Entities apply(Linguistics ling) {
        List<Token> tokens = ling.tokens();
        List<Raw> raws = withUntaggedOrganisations(namesAfterAPersonsNoun(organisationsReadAsPeople(
                companiesReadAsPeople(titledPeopleReadAsOrganisations(
                        headlineNamesRunTogether(findMentions(tokens), tokens), tokens)), tokens),
                tokens), tokens);
        List<Group> groups = new ArrayList<>();
        List<Raw> byLength = new ArrayList<>(raws);
        byLength.sort(Comparator.comparingInt((Raw r) -> -r.nameTokens.size()).thenComparingInt(r -> r.first));
        Map<String, List<Group>> byName = new HashMap<>();
        for (Raw raw : byLength) {
            Group group = null;
            for (Group g : candidates(raw, byName)) {
                if (g.accepts(raw)) {
                    group = g;
                    break;
                }
            }
            if (group == null && raw.type == EntityType.ORGANIZATION) {
                group = acronymOf(raw, tokens, byName);
            }
            if (group == null) {
                Group organisation = shortNameOf(raw, byName);
                if (organisation != null) {
                    organisation.members.add(new Raw(EntityType.ORGANIZATION, raw.first, raw.nameFirst, raw.end,
                            raw.nameTokens));
                    continue;
                }
            }
            if (group == null) {
                group = new Group(raw);
                groups.add(group);
                for (String name : keys(raw)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
                }
                Group founded = group;
                initials(raw).ifPresent(a -> byName.computeIfAbsent(ACRONYM + a, k -> new ArrayList<>())
                        .add(founded));
            }
            group.members.add(raw);
        }
        Set<String> lowercaseWords = lowercaseWords(tokens);
        addUntaggedSurnames(tokens, raws, groups, lowercaseWords);
        groups.sort(Comparator.comparingInt(g -> g.members.stream().mapToInt(r -> r.first).min().orElse(0)));
        groups.removeIf(g -> g.members.stream().allMatch(r -> capitalisedByPosition(r, tokens, lowercaseWords)));

        String text = ling.text();
        List<Entity> entities = new ArrayList<>();
        List<Optional<Gender>> genders = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (int e = 0; e < groups.size(); e++) {
            Group g = groups.get(e);
            g.members.sort(Comparator.comparingInt(r -> r.first));
            List<Mention> ms = new ArrayList<>();
            for (Raw r : g.members) {
                Span span = new Span(tokens.get(r.first).span().start(), tokens.get(r.end - 1).span().end());
                ms.add(new Mention(span, span.of(text), tokens.get(r.first).sentenceIndex()));
                mentions.add(new EntityMention(e, r.type, r.first, r.end, span));
            }
            Raw best = g.founder;
            Span nameSpan = new Span(tokens.get(best.nameFirst).span().start(), tokens.get(best.end - 1).span().end());
            entities.add(new Entity(DisplayText.of(nameSpan.of(text)), g.founder.type, ms));
            genders.add(gender(g, tokens));
        }
        mentions.sort(Comparator.comparingInt(EntityMention::firstToken));
        return new Entities(entities, mentions, genders);
    }

    /**
     * A capitalised word the entity tagger left untagged that is the surname of one person the text names in full
     * ("Strand, 52, took over ..." after "Mona Strand") is a mention of that person. Not when another capitalised
     * word stands beside it (other than a title before it: "Ms Strand"), which makes it part of another name, nor
     * when it opens its sentence and the text also writes it in lowercase (see {@link #capitalisedByPosition}).
     */
    private void addUntaggedSurnames(List<Token> tokens, List<Raw> raws, List<Group> groups,
                                     Set<String> lowercaseWords) {
        Map<String, List<Group>> bySurname = new HashMap<>();
        for (Group g : groups) {
            List<String> names = g.founder.nameTokens;
            if (g.founder.type == EntityType.PERSON && names.size() >= 2) {
                bySurname.computeIfAbsent(names.get(names.size() - 1), k -> new ArrayList<>()).add(g);
            }
        }
        if (bySurname.isEmpty()) {
            return;
        }
        boolean[] inMention = new boolean[tokens.size()];
        for (Raw r : raws) {
            for (int k = r.first; k < r.end; k++) {
                inMention[k] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Group> people = bySurname.getOrDefault(key(t.word()), List.of());
            if (inMention[i] || people.size() != 1 || !t.ner().equals("O") || !capitalised(t)) {
                continue;
            }
            boolean opensSentence = i == 0 || tokens.get(i - 1).sentenceIndex() != t.sentenceIndex();
            boolean nameBefore = !opensSentence && capitalised(tokens.get(i - 1)) && !isTitle(tokens.get(i - 1));
            boolean nameAfter = i + 1 < tokens.size() && tokens.get(i + 1).sentenceIndex() == t.sentenceIndex()
                    && capitalised(tokens.get(i + 1));
            if (nameBefore || nameAfter || opensSentence && lowercaseWords.contains(key(t.word()))) {
                continue;
            }
            int first = !opensSentence && isTitle(tokens.get(i - 1)) ? i - 1 : i;
            people.get(0).members.add(new Raw(EntityType.PERSON, first, i, i + 1, List.of(key(t.word()))));
        }
    }

    private static boolean capitalised(Token t) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** The words the text writes in lowercase, as written. */
    private static Set<String> lowercaseWords(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (Token t : tokens) {
            String w = t.word();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.equals(w.toLowerCase(Locale.ROOT))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a mention is a common word that only its place makes look like a name: one word opening its sentence
     * (a headline's or a sentence's first word is capitalised whatever it is), which the text also writes in
     * lowercase ("Harbour towns agree ..." where the article speaks of "the harbour"). An entity all of whose
     * mentions are such is no entity.
     */
    private static boolean capitalisedByPosition(Raw r, List<Token> tokens, Set<String> lowercaseWords) {
        if (r.end - r.first != 1) {
            return false;
        }
        boolean opensSentence = r.first == 0
                || tokens.get(r.first - 1).sentenceIndex() != tokens.get(r.first).sentenceIndex();
        String word = tokens.get(r.first).word();
        return opensSentence && lowercaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The organisation named before a mention that the mention abbreviates: one word in capitals that spells the
     * initials of its name ("NHS" after "National Health Service"), when it fits one organisation alone. News gives
     * an organisation's full name first and its initials after.
     */
    private static Group acronymOf(Raw raw, List<Token> tokens, Map<String, List<Group>> byName) {
        String word = tokens.get(raw.nameFirst).word();
        if (raw.nameTokens.size() != 1 || word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        List<Group> fits = byName.getOrDefault(ACRONYM + raw.nameTokens.get(0), List.of()).stream()
                .filter(g -> g.founder.first < raw.first).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * The organisation whose name a one-word mention shortens to its first word ("Helvion" after "Helvion Pharma"),
     * when it is the first word of one organisation's name of two words or more. The entity tagger often reads such a
     * short name as a person's; a mention with a title ("Ms. Helvion") stays a person, and a person named in full
     * with that word has taken the mention before this is asked.
     */
    private static Group shortNameOf(Raw raw, Map<String, List<Group>> byName) {
        boolean untitled = raw.first == raw.nameFirst;
        if (raw.nameTokens.size() != 1 || !untitled
                || raw.type != EntityType.PERSON && raw.type != EntityType.ORGANIZATION) {
            return null;
        }
        String word = raw.nameTokens.get(0);
        List<Group> fits = byName.getOrDefault(EntityType.ORGANIZATION + " " + word, List.of()).stream()
                .filter(g -> {
                    List<String> name = g.founder.nameTokens.stream().filter(n -> !n.equals("the")).toList();
                    return name.size() >= 2 && name.get(0).equals(word);
                }).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /**
     * The initials of an organisation's name of two words or more, the small words ("of", "and", "for", "the")
     * left out: "nhs" for "National Health Service".
     */
    private static Optional<String> initials(Raw raw) {
        if (raw.type != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String name : raw.nameTokens) {
            if (!SMALL_WORDS.contains(name) && !name.isEmpty() && Character.isLetter(name.charAt(0))) {
                out.append(name.charAt(0));
            }
        }
        return out.length() >= 2 ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * The groups that may take a mention, in the order they were made: those whose founder has the mention's
     * rarest name word (a group takes only mentions all of whose name words its founder has). So the cost per
     * mention follows the groups that share its words, not all the groups of the article.
     */
    private static List<Group> candidates(Raw raw, Map<String, List<Group>> byName) {
        List<Group> fewest = null;
        for (String key : keys(raw)) {
            List<Group> groups = byName.getOrDefault(key, List.of());
            if (fewest == null || groups.size() < fewest.size()) {
                fewest = groups;
            }
        }
        return fewest == null ? List.of() : fewest;
    }

    /** The index keys of a mention: its type with each of its name words but "the"; the type alone if none. */
    private static Set<String> keys(Raw raw) {
        Set<String> keys = new HashSet<>();
        for (String name : raw.nameTokens) {
            if (!name.equals("the")) {
                keys.add(raw.type + " " + name);
            }
        }
        if (keys.isEmpty()) {
            keys.add(raw.type.name());
        }
        return keys;
    }

    @Override
    public String name() {
        return "entities";
    }

    private List<Raw> findMentions(List<Token> tokens) {
        List<Raw> raws = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Optional<EntityType> type = type(t.ner());
            if (type.isEmpty() || breaksName(tokens, i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals(t.ner())
                    && tokens.get(end).sentenceIndex() == t.sentenceIndex() && !breaksName(tokens, end)) {
                end++;
            }
            if (brokenOff(tokens, i, end) && tokens.subList(i, end).stream().noneMatch(EntityGrouper::capitalised)) {
                i = end;
                continue;
            }
            if (type.get() == EntityType.ORGANIZATION) {
                end = placeInName(tokens, end);
            }
            while (type.get() == EntityType.PERSON && hyphenatedNameGoesOn(tokens, end)) {
                end += 2;
            }
            if (type.get() == EntityType.PERSON && nicknameFollows(tokens, end)) {
                // Margaret "Peggy" Holloway: one person; the surname after the nickname goes on the name
                end += 3;
                while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")
                        && tokens.get(end).sentenceIndex() == t.sentenceIndex() && !breaksName(tokens, end)) {
                    end++;
                }
            }
            int nameFirst = type.get() == EntityType.PERSON ? afterHyphenatedDescription(tokens, i, end) : i;
            while (type.get() == EntityType.PERSON && nameFirst < end - 1 && (isTitle(tokens.get(nameFirst))
                    || end - nameFirst > 2 && roleNouns.contains(key(tokens.get(nameFirst).word())))) {
                nameFirst++;
            }
            int first = i;
            if (type.get() == EntityType.PERSON) {
                while (first > 0 && tokens.get(first - 1).sentenceIndex() == t.sentenceIndex()
                        && tokens.get(first - 1).ner().equals("O") && isTitle(tokens.get(first - 1))
                        && Character.isUpperCase(tokens.get(first - 1).word().charAt(0))) {
                    first--;
                }
            }
            raws.add(new Raw(type.get(), first, nameFirst, end, nameWords(tokens, nameFirst, end)));
            i = end;
        }
        return raws;
    }

    /**
     * The end of an organisation's name that goes on with "of" and a place the entity tagger read apart from it
     * ("Educational Institute" | "of" | "Scotland"): the place is part of the name; else {@code end} as it was.
     */
    private static int placeInName(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size() || !tokens.get(end).word().equals("of")
                || !tokens.get(end + 1).ner().equals("LOCATION")
                || tokens.get(end + 1).sentenceIndex() != tokens.get(end).sentenceIndex()) {
            return end;
        }
        int k = end + 1;
        while (k < tokens.size() && tokens.get(k).ner().equals("LOCATION")
                && tokens.get(k).sentenceIndex() == tokens.get(end).sentenceIndex() && !breaksName(tokens, k)) {
            k++;
        }
        return k;
    }

    /**
     * The first token of a person's name after a description written as one hyphenated word that the entity tagger
     * took into the name: one with a lowercase preposition or a role noun among its parts ("Mother-of-three Ann
     * Lee", "Mum-to-be Ann Lee", "Ex-captain Ann Lee"); {@code nameFirst} when the name does not open with one.
     * Hyphenated names keep their lowercase parts ("Dan-el", "Brandt-Okafor").
     */
    private int afterHyphenatedDescription(List<Token> tokens, int nameFirst, int end) {
        int last = nameFirst;
        boolean description = false;
        while (last + 2 < end && tokens.get(last + 1).word().equals("-")
                && tokens.get(last).span().end() == tokens.get(last + 1).span().start()
                && tokens.get(last + 1).span().end() == tokens.get(last + 2).span().start()) {
            last += 2;
            Token part = tokens.get(last);
            description |= !capitalised(part) && (part.pos().equals("IN") || part.pos().equals("TO")
                    || part.pos().equals("CD") || roleNouns.contains(key(part.word())));
        }
        return description && last + 1 < end && capitalised(tokens.get(last + 1)) ? last + 1 : nameFirst;
    }

    /**
     * Whether token {@code k} cannot stand inside a name, whatever the entity tagger says of it: a round bracket, or
     * a dash with a blank on either side. The tagger may run one organisation over a wire story's credit and the
     * name after it ("(Newswire) - Velora Pharma said ..."); the dash and the bracket part them.
     */
    private static boolean breaksName(List<Token> tokens, int k) {
        return BRACKETS.contains(tokens.get(k).word()) || Token.isSpacedDash(tokens, k);
    }

    /**
     * Whether the tagger's run of one label over tokens {@code [first, end)} was cut there by {@link #breaksName}: what
     * is left of such a run on either side of the break is a name only when it has a capitalised word ("Ann Lee -
     * won" leaves "won").
     */
    private static boolean brokenOff(List<Token> tokens, int first, int end) {
        String label = tokens.get(first).ner();
        return first > 0 && breaksName(tokens, first - 1) && tokens.get(first - 1).ner().equals(label)
                || end < tokens.size() && breaksName(tokens, end) && tokens.get(end).ner().equals(label);
    }

    /**
     * Whether a nickname in quotation marks stands between a first name that ends before token {@code end} and a
     * surname the entity tagger reads as a person's ({@code Margaret "Peggy" Holloway}, {@code C.L. "Butch"
     * Otter}): an opening mark, one capitalised word, a closing mark, then the surname.
     */
    private static boolean nicknameFollows(List<Token> tokens, int end) {
        if (end + 3 >= tokens.size()) {
            return false;
        }
        int sentence = tokens.get(end - 1).sentenceIndex();
        Token surname = tokens.get(end + 3);
        return OPENING_MARKS.contains(tokens.get(end).word()) && capitalised(tokens.get(end + 1))
                && CLOSING_MARKS.contains(tokens.get(end + 2).word()) && surname.ner().equals("PERSON")
                && capitalised(surname) && surname.sentenceIndex() == sentence;
    }

    /**
     * Whether a person's name that ends before token {@code end} goes on over a hyphen written without spaces to a
     * capitalised word that the tagger did not tag otherwise ("Elin Brandt" "-" "Okafor": one name).
     */
    private static boolean hyphenatedNameGoesOn(List<Token> tokens, int end) {
        if (end + 1 >= tokens.size()) {
            return false;
        }
        Token hyphen = tokens.get(end);
        Token next = tokens.get(end + 1);
        return hyphen.word().equals("-") && hyphen.sentenceIndex() == next.sentenceIndex()
                && tokens.get(end - 1).span().end() == hyphen.span().start()
                && hyphen.span().end() == next.span().start() && capitalised(next)
                && (next.ner().equals("O") || next.ner().equals("PERSON"));
    }

    /**
     * The name words of a mention, lowercase: its tokens, but a hyphenated name that the tokenizer split ("Morrow",
     * "-", "Lee") is one word again ("morrow-lee"), so that "Morrow" alone names someone other than "Ms Morrow-Lee".
     */
    private static List<String> nameWords(List<Token> tokens, int first, int end) {
        List<String> names = new ArrayList<>();
        for (int k = first; k < end; k++) {
            if (OPENING_MARKS.contains(tokens.get(k).word()) && k + 2 < end) {
                // a nickname is no part of the name the person is known by elsewhere in the text
                k += 2;
                continue;
            }
            boolean joins = k > first && k + 1 < end && tokens.get(k).word().equals("-")
                    && tokens.get(k - 1).span().end() == tokens.get(k).span().start()
                    && tokens.get(k).span().end() == tokens.get(k + 1).span().start();
            if (joins) {
                k++;
                int last = names.size() - 1;
                names.set(last, names.get(last) + "-" + key(tokens.get(k).word()));
            } else {
                names.add(key(tokens.get(k).word()));
            }
        }
        return names;
    }

    /**
     * A headline in title case leads the entity tagger to run two people and the verb between them into one name
     * ("Ann Holt Compares Peters With Rival", "Tom Berg Backs Ann Holt"): a person's mention of three words or more
     * in a sentence whose words are mostly capitalised is cut after its first words when those are a person's name
     * the text gives elsewhere (the same words, or a name ending in the same word) and the capitalised word after
     * them is no name (no known first name, no word of another person's name). What follows that word is a mention
     * of its own when the text names that person elsewhere too; else it is left out.
     */
    private List<Raw> headlineNamesRunTogether(List<Raw> raws, List<Token> tokens) {
        Set<List<String>> names = new HashSet<>();
        Map<String, Integer> lastWords = new HashMap<>();
        Map<String, Integer> wordUses = new HashMap<>();
        for (Raw r : raws) {
            if (r.type == EntityType.PERSON && !r.nameTokens.isEmpty()) {
                names.add(r.nameTokens);
                lastWords.merge(r.nameTokens.get(r.nameTokens.size() - 1), 1, Integer::sum);
                for (String w : Set.copyOf(r.nameTokens)) {
                    wordUses.merge(w, 1, Integer::sum);
                }
            }
        }
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            boolean candidate = r.type == EntityType.PERSON && r.end - r.nameFirst >= 3
                    && r.nameTokens.size() == r.end - r.nameFirst
                    && inTitleCase(tokens, tokens.get(r.first).sentenceIndex(), r.first);
            int cut = candidate ? joinerOf(r, tokens, names, lastWords, wordUses) : -1;
            if (cut < 0) {
                out.add(r);
                continue;
            }
            out.add(new Raw(EntityType.PERSON, r.first, r.nameFirst, cut, nameWords(tokens, r.nameFirst, cut)));
            List<String> rest = nameWords(tokens, cut + 1, r.end);
            if (names.contains(rest) || lastWords.getOrDefault(rest.get(rest.size() - 1), 0) > 1) {
                // the mention's own last word counts once
                out.add(new Raw(EntityType.PERSON, cut + 1, cut + 1, r.end, rest));
            }
        }
        return out;
    }

    /**
     * The first word of a person's mention that joins two names (see {@link #headlineNamesRunTogether}), or -1. The
     * counts of last words and of word uses (one per mention) include the mention's own, which a word of another
     * person's name must exceed.
     */
    private int joinerOf(Raw r, List<Token> tokens, Set<List<String>> names, Map<String, Integer> lastWords,
                         Map<String, Integer> wordUses) {
        for (int k = r.nameFirst + 1; k + 1 < r.end; k++) {
            List<String> before = r.nameTokens.subList(0, k - r.nameFirst);
            boolean named = names.contains(before) || lastWords.getOrDefault(before.get(before.size() - 1), 0) > 0;
            String joiner = r.nameTokens.get(k - r.nameFirst);
            boolean noName = capitalised(tokens.get(k)) && wordUses.getOrDefault(joiner, 0) <= 1
                    && nameGenders.of(joiner).isEmpty();
            if (named && noName && capitalised(tokens.get(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the sentence that holds token {@code at} is written in title case: at least five words that start with a
     * letter, and at least two in three of them capitalised.
     */
    private static boolean inTitleCase(List<Token> tokens, int sentence, int at) {
        int first = at;
        while (first > 0 && tokens.get(first - 1).sentenceIndex() == sentence) {
            first--;
        }
        int words = 0;
        int capitals = 0;
        for (int k = first; k < tokens.size() && tokens.get(k).sentenceIndex() == sentence; k++) {
            String w = tokens.get(k).word();
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
                words++;
                capitals += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 5 && 3 * capitals >= 2 * words;
    }

    /**
     * A one-word name set off by commas right after a noun that names a man or a woman ("His wife, Morag, ...",
     * "her son, Jamie,") is a person's, whatever type the tagger gave it: it often reads a first name it does not
     * know as a place.
     */
    private List<Raw> namesAfterAPersonsNoun(List<Raw> raws, List<Token> tokens) {
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            boolean oneWord = r.end - r.first == 1 && r.type != EntityType.PERSON;
            boolean apposed = oneWord && r.first >= 2 && tokens.get(r.first - 1).word().equals(",")
                    && genderedWords.containsKey(key(tokens.get(r.first - 2).word()))
                    && tokens.get(r.first - 2).sentenceIndex() == tokens.get(r.first).sentenceIndex()
                    && r.end < tokens.size() && tokens.get(r.end).word().equals(",");
            out.add(apposed ? new Raw(EntityType.PERSON, r.first, r.nameFirst, r.end, r.nameTokens) : r);
        }
        return out;
    }

    /**
     * A mention the tagger reads whole as an organisation that opens with titles and a person's name and may go on
     * with "of" and an organisation ("Det Sgt Amy Rowe of Essex Police"): the titles and the name are a person's, what
     * follows "of" the organisation's. The name is two or three capitalised words after the titles, the first a known
     * first name ({@link NameGenders}), none a kind of organisation or a company's name ending ("Queen Mary
     * University" stays whole); it ends the mention or stands right before "of".
     */
    private List<Raw> titledPeopleReadAsOrganisations(List<Raw> raws, List<Token> tokens) {
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            if (r.type != EntityType.ORGANIZATION) {
                out.add(r);
                continue;
            }
            int nameFirst = r.first;
            while (nameFirst < r.end && isTitle(tokens.get(nameFirst)) && capitalised(tokens.get(nameFirst))) {
                nameFirst++;
            }
            int nameEnd = nameFirst;
            while (nameEnd < r.end && capitalised(tokens.get(nameEnd)) && tokens.get(nameEnd).isProperNoun()
                    && !organisationNouns.contains(key(tokens.get(nameEnd).word()))
                    && !companyNameEndings.contains(key(tokens.get(nameEnd).word()))) {
                nameEnd++;
            }
            boolean person = nameFirst > r.first && nameEnd - nameFirst >= 2
                    && nameEnd - nameFirst <= 3 && nameGenders.of(key(tokens.get(nameFirst).word())).isPresent();
            boolean rest = nameEnd + 1 < r.end && tokens.get(nameEnd).word().equals("of");
            if (!person || nameEnd != r.end && !rest) {
                out.add(r);
                continue;
            }
            out.add(new Raw(EntityType.PERSON, r.first, nameFirst, nameEnd, nameWords(tokens, nameFirst, nameEnd)));
            if (rest) {
                out.add(new Raw(EntityType.ORGANIZATION, nameEnd + 1, nameEnd + 1, r.end,
                        nameWords(tokens, nameEnd + 1, r.end)));
            }
        }
        return out;
    }

    /**
     * A name of two words or more that the tagger reads as a person's and that ends in a word only companies end
     * their names in ("Halden Pharma", "Orvik Holdings Ltd") is the organisation's.
     */
    private List<Raw> companiesReadAsPeople(List<Raw> raws) {
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            boolean company = r.type == EntityType.PERSON && r.nameTokens.size() > 1
                    && companyNameEndings.contains(r.nameTokens.get(r.nameTokens.size() - 1));
            out.add(company ? new Raw(EntityType.ORGANIZATION, r.first, r.nameFirst, r.end, r.nameTokens) : r);
        }
        return out;
    }

    /**
     * A one-word name the tagger reads whole as an organisation in one place and as a person in another ("the
     * state-owned Cobrecal ..." then "Cobrecal said") is the organisation when it is read so at least as often, or
     * when the text calls it an organisation somewhere ({@link #declaredOrganisation}), unless a person named in
     * full has it among their names or a title goes with it ("Mr. Holm"). A one-word name read as a person right
     * before a verb and "its" ("Cobrecal says its new mine ...") counts as read as an organisation there: no person
     * says "its"; so does the name, tagged or not, after a kind of organisation ("the carmaker Cobrecal") or before
     * one set off by commas ("Cobrecal, a state-owned carmaker, ..."). A one-word name read as a place is the
     * organisation where a kind of one stands right before it ("Smartphone maker Lumetra"; a comma after a place
     * may end a clause: "... in Ohio, a local newspaper reported").
     */
    private List<Raw> organisationsReadAsPeople(List<Raw> raws, List<Token> tokens) {
        // per one-word name: how many more times it is read as an organisation than as a person (a person read
        // so has a vote against, so a count of 0 or more means at least one organisation)
        Map<String, Integer> organisationVotes = new HashMap<>();
        Set<String> personNames = new HashSet<>();
        Set<String> declared = new HashSet<>();
        Set<String> placesAfterAKind = new HashSet<>();
        for (Raw r : raws) {
            boolean oneWord = r.nameTokens.size() == 1;
            if (oneWord && declaredOrganisation(r.first, r.end, tokens)) {
                declared.add(r.nameTokens.get(0));
            }
            if (oneWord && r.type == EntityType.LOCATION && kindBefore(r.first, tokens)) {
                placesAfterAKind.add(r.nameTokens.get(0));
            }
            if (oneWord && (r.type == EntityType.ORGANIZATION || readsAsOrganisation(r.first, r.end, tokens))) {
                organisationVotes.merge(r.nameTokens.get(0), 1, Integer::sum);
            } else if (oneWord && r.type == EntityType.PERSON) {
                organisationVotes.merge(r.nameTokens.get(0), -1, Integer::sum);
            } else if (r.type == EntityType.PERSON) {
                personNames.addAll(r.nameTokens);
            }
        }
        // the name where the tagger left it untagged votes too ("Trundlo, a delivery startup, ..." then "Trundlo
        // said" with only the second read as a person)
        boolean[] inMention = new boolean[tokens.size()];
        raws.forEach(r -> Arrays.fill(inMention, r.first, r.end, true));
        for (int i = 0; i < tokens.size(); i++) {
            String word = key(tokens.get(i).word());
            if (!inMention[i] && organisationVotes.containsKey(word) && readsAsOrganisation(i, i + 1, tokens)) {
                organisationVotes.merge(word, 1, Integer::sum);
                if (declaredOrganisation(i, i + 1, tokens)) {
                    declared.add(word);
                }
            }
        }
        List<Raw> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            String word = r.nameTokens.get(0);
            boolean oneWord = r.nameTokens.size() == 1 && r.first == r.nameFirst;
            boolean misread = r.type == EntityType.PERSON && oneWord
                    && (organisationVotes.get(word) >= 0 || declared.contains(word))
                    && !personNames.contains(word)
                    // "Smartphone maker Lumetra": a place by the tagger, an organisation by the text
                    || r.type == EntityType.LOCATION && oneWord && placesAfterAKind.contains(word);
            out.add(misread ? new Raw(EntityType.ORGANIZATION, r.first, r.nameFirst, r.end, r.nameTokens) : r);
        }
        return out;
    }

    /**
     * A one-word name the entity tagger left untagged everywhere that the text declares an organisation's
     * ({@link #declaredOrganisation}: "Voltrek, a Leeds-based startup that ...", "the charity Hopewell") is an
     * organisation at each of its untagged uses, written as there and standing alone: a proper noun by its part of
     * speech, no capitalised word beside it but the kind of organisation before it.
     */
    private List<Raw> withUntaggedOrganisations(List<Raw> raws, List<Token> tokens) {
        boolean[] inMention = new boolean[tokens.size()];
        raws.forEach(r -> Arrays.fill(inMention, r.first, r.end, true));
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (standsAlone(i, tokens, inMention) && declaredOrganisation(i, i + 1, tokens)) {
                declared.add(tokens.get(i).word());
            }
        }
        if (declared.isEmpty()) {
            return raws;
        }
        List<Raw> out = new ArrayList<>(raws);
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (declared.contains(word) && standsAlone(i, tokens, inMention)) {
                out.add(new Raw(EntityType.ORGANIZATION, i, i, i + 1, List.of(key(word))));
            }
        }
        out.sort(Comparator.comparingInt(r -> r.first));
        return out;
    }

    /**
     * Whether token {@code i} is a proper noun the tagger left untagged with no capitalised word of its sentence
     * beside it (but a kind of organisation that opens the sentence before it) and no hyphen before it.
     */
    private boolean standsAlone(int i, List<Token> tokens, boolean[] inMention) {
        Token t = tokens.get(i);
        if (inMention[i] || !t.ner().equals("O") || !t.pos().equals("NNP") || !capitalised(t)) {
            return false;
        }
        boolean sameSentenceBefore = i > 0 && tokens.get(i - 1).sentenceIndex() == t.sentenceIndex();
        Token before = sameSentenceBefore ? tokens.get(i - 1) : null;
        // "Startup Voltrek" opens a sentence with the kind; "Union Leader" is a name of two words; "Wealth-X" one word
        boolean kindOpening = before != null && organisationNouns.contains(key(before.word()))
                && (i < 2 || tokens.get(i - 2).sentenceIndex() != t.sentenceIndex());
        boolean nameBefore = before != null && (capitalised(before) && !kindOpening
                || before.pos().equals("HYPH") || before.word().equals("-"));
        boolean nameAfter = i + 1 < tokens.size() && tokens.get(i + 1).sentenceIndex() == t.sentenceIndex()
                && capitalised(tokens.get(i + 1));
        return !nameBefore && !nameAfter;
    }

    /**
     * Whether the words around a name at tokens {@code [first, after)} read it as an organisation's: a kind of one
     * right before it ("the carmaker Cobrecal"), a verb and "its" after it ("Cobrecal says its ...", "Cobrecal
     * reported its ..."), or a kind of organisation set off by a comma after it.
     */
    private boolean readsAsOrganisation(int first, int after, List<Token> tokens) {
        boolean saysIts = after + 1 < tokens.size() && tokens.get(after).pos().startsWith("VB")
                && tokens.get(after + 1).word().equalsIgnoreCase("its");
        return saysIts || declaredOrganisation(first, after, tokens);
    }

    /**
     * Whether the text says in so many words that the name at tokens {@code [first, after)} is an organisation's: a
     * kind of organisation right before it ("the carmaker Cobrecal", "the charity Hopewell") or set off by a comma
     * after it ("Cobrecal, a state-owned carmaker,"). Such a name is an organisation however often the tagger reads
     * it as a person elsewhere.
     */
    private boolean declaredOrganisation(int first, int after, List<Token> tokens) {
        return kindBefore(first, tokens) || organisationInApposition(after, tokens);
    }

    /** Whether a kind of organisation stands right before token {@code first}: "the carmaker Cobrecal". */
    private boolean kindBefore(int first, List<Token> tokens) {
        return OrganisationKinds.before(tokens, first, organisationNouns);
    }

    /** Whether a phrase set off by the comma at token {@code comma} names a kind of organisation. */
    private boolean organisationInApposition(int comma, List<Token> tokens) {
        return OrganisationKinds.inApposition(tokens, comma, organisationNouns);
    }

    private Optional<Gender> gender(Group g, List<Token> tokens) {
        if (g.founder.type != EntityType.PERSON) {
            return Optional.empty();
        }
        for (Raw r : g.members) {
            for (int k = r.first; k < r.nameFirst; k++) {
                Gender gender = genderedWords.get(key(tokens.get(k).word()));
                if (gender != null) {
                    return Optional.of(gender);
                }
            }
        }
        List<String> name = g.founder.nameTokens;
        if (name.size() >= 2 && !surnameFirst(g)) {
            return nameGenders.of(name.get(0));
        }
        return Optional.empty();
    }

    /**
     * Whether the text calls the person by the first word of the full name alone and never by its last ("Chen Yiwen
     * ... Chen said"), as news does with a surname written first: that first word is then no given name whose gender
     * could be guessed.
     */
    private static boolean surnameFirst(Group g) {
        List<String> name = g.founder.nameTokens;
        List<String> first = List.of(name.get(0));
        List<String> last = List.of(name.get(name.size() - 1));
        return g.members.stream().anyMatch(r -> r.nameTokens.equals(first))
                && g.members.stream().noneMatch(r -> r.nameTokens.equals(last));
    }

    private boolean isTitle(Token t) {
        return titles.contains(key(t.word()));
    }

    /** A word as the word lists hold it: lowercase, without a full stop at its end. */
    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Optional<EntityType> type(String ner) {
        return switch (ner) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
            default -> Optional.empty();
        };
    }

    /** A mention before grouping: token range, where the name starts after titles, and its name tokens. */
    private record Raw(EntityType type, int first, int nameFirst, int end, List<String> nameTokens) {
    }

    /** An entity being built: the mention that founded it (its fullest form) and its members. */
    private static final class Group {
        final Raw founder;
        final List<Raw> members = new ArrayList<>();

        Group(Raw founder) {
            this.founder = founder;
        }

        boolean accepts(Raw raw) {
            if (raw.type != founder.type) {
                return false;
            }
            List<String> names = raw.nameTokens.stream().filter(n -> !n.equals("the")).toList();
            List<String> own = founder.nameTokens.stream().filter(n -> !n.equals("the")).toList();
            if (raw.type != EntityType.PERSON) {
                return names.equals(own);
            }
            return isSubsequence(names, own);
        }

        private static boolean isSubsequence(List<String> part, List<String> whole) {
            int j = 0;
            for (int i = 0; i < whole.size() && j < part.size(); i++) {
                if (whole.get(i).equals(part.get(j))) {
                    j++;
                }
            }
            return j == part.size() && !part.isEmpty();
        }
    }
}
