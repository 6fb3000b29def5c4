package org.newspipeline.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspipeline.model.Span;

/** Splits normalised text into lines and computes each line's features. Immutable and thread-safe. */
final class LineFeatures {

    private static final String COOKIE = "cookie";
    /** Words that stand beside cookies in a site's notice, in the languages of the furniture lists. */
    private static final Pattern COOKIE_CONTEXT = Pattern.compile("(?iu)web|\\bsites?\\b|seite|browser|consent"
            + "|einwillig|zustimm|datenschutz|privacy|privacidad|confidentialit|gdpr|dsgvo|rgpd|track|analytic"
            + "|akzeptier|accept|zgod|navigat|stron[aąy]|sitio|domain|domäne");
    /** A clock time ("14:05", "9.30 pm", "14:05 GMT"). */
    private static final String CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4}\\b)?";
    /** A calendar date ("March 3, 2024", "3 March 2024", "Dec. 3", "2024-03-03"). */
    private static final String CALENDAR = "(?:(?:\\d{1,2}\\s+)?"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?"
            + "(?:\\s+\\d{4})?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})";
    static final Pattern TIMESTAMP = Pattern.compile(
            "(?iu)^[-–—|·•\\s]*(?:(?:(?:updated|published|posted|mon|tue|wed|thu|fri|sat|sun)[a-z]*[:,.]?\\s+){0,2}"
                    + "(?:(?:about\\s+|an?\\s+)?\\d{0,3}\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?"
                    + "|weeks?|months?|years?)(?:\\s+ago)?(?:,?\\s+(?:at\\s+)?" + CLOCK + ")?"
                    + "|(?:yesterday|today|just now)(?:,?\\s+(?:at\\s+)?" + CLOCK + ")?"
                    + "|" + CLOCK + "(?:,?\\s+(?:on\\s+|[-–|·•/]\\s*)?" + CALENDAR + ")?"
                    + "|" + CALENDAR + "(?:,?\\s+(?:at\\s+|[-–|·•/]\\s*)?" + CLOCK + ")?)"
                    + "[-–—|·•\\s]*){1,2}$");
    /** Marks that end a sentence, the closing marks that may follow one, and those that end a line of quoted text. */
    private static final String SENTENCE_MARKS = ".!?…。！？";
    private static final String CLOSING_MARKS = "\"'”’»)]」』";
    private static final String QUOTE_ENDS = "\"”’»」』";
    /** The first letters of the words a {@link #TIMESTAMP} can open with. */
    private static final String TIMESTAMP_OPENERS = "adfhjmnopstuwy";
    static final Pattern COMMENTS = Pattern.compile(
            "(?iu).*\\b(?:comments?|responses?|replies|reply|discussion|comentários?|comentarios?|commenti"
                    + "|kommentare?|commentaires?|komentar|комментари\\p{L}*|댓글|コメント)\\b.*");
    /**
     * A count of reader comments opening a heading of any length, as blog software writes it in several languages:
     * "10 thoughts on “Title”", "3 Responses to", "Ein Gedanke zu „Titel“", "2 réflexions sur", "Un comentario en",
     * and the mixtures half-translated software writes ("5 Kommentare on").
     */
    private static final Pattern COUNTED_COMMENTS = Pattern.compile("(?iu)^(?:\\d+|one|eine?|une?|una?|uma?|een)\\s+"
            + "(?:thoughts?|comments?|responses?|replies|reactions?|gedanken?|kommentare?|antworten?|reaktionen?"
            + "|réflexions?|commentaires?|réponses?|comentarios?|comentários?|respuestas?|respostas?|pensamientos?"
            + "|commenti|commento|pensieri|pensiero|risposte|risposta|gedachten?|reacties?|antwoorden?)\\s+"
            + "(?:on|to|zu|auf|sur|à|au|en|em|sobre|a|al|su|sul|per|para|no|na|op|over)\\b.*");
    /** Picture agencies as credits name them, longer forms first. */
    private static final List<String> AGENCY_NAMES = List.of("Getty Images", "Getty", "GETTY", "Shutterstock",
            "iStock", "AP Photo", "AP", "Associated Press", "Reuters", "REUTERS", "AFP", "EPA", "Alamy", "Bloomberg",
            "Xinhua");
    private static final String AGENCIES = "(?:" + String.join("|", AGENCY_NAMES) + ")";
    /** A label that opens a picture's credit: "Photo: ...", "Image copyright ...", "© Reuters". */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]oto|[Bb]ild|BILD|[Cc]redit|CREDIT|[Cc]ourtesy)s?"
                    + "(?: by| credit)?\\s*[:.…]"
                    + "|©|\\([Cc]\\)|(?i:image copyright))");
    /** A line that ends in an agency's name ("Sakib Ali/Hindustan Times/Getty Images"). */
    private static final Pattern AGENCY_LINE = Pattern.compile("^[^.!?]{0,60}\\b" + AGENCIES + "\\s*+\\)?\\s*+$");
    /** Names joined by slashes or bars ("Jane Doe/Reuters"). */
    private static final Pattern SLASHED_NAMES = Pattern.compile(
            "^\\p{Lu}[\\w.'’-]+(?: \\p{Lu}[\\w.'’-]+)*\\s*[/|]\\s*\\p{Lu}[\\w ]+(?:[/|][\\w ]+)*$");
    /** A caption that ends in its credit: "... (Image: GETTY )", "... Credit: ESA", "... (AP Photo/Jane Doe)". */
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?:\\((?:[Ii]mage|[Pp]hoto|[Pp]icture|[Ff]oto|[Cc]redit|[Ss]ource)s?\\s*:[^)]*\\)"
                    + "|\\b(?:[Cc]redit|[Pp]hoto|[Ii]mage|[Ff]oto|[Bb]ild)s?\\s*:\\s*[^.]{1,40}|\\(AP Photo[^)]*\\)"
                    + "|©\\s*[^©]{1,40})\\s*$");
    /** A caption labelled as one, whatever its length: "Image caption ...", "Media caption...", "FILE PHOTO: ...". */
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?i:image caption|media caption|file photo:|(?:abbildung|abb\\.|figure|fig\\.)(?: ?\\d+)?[:.])");
    /** A caption that ends in an agency credit: "... 2019. REUTERS/Jane Doe", "... 2019.J. Doe / AP file", "(AP)". */
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:\\b(?:REUTERS|Reuters|AFP|EPA|AP|Getty Images)\\s*/\\s*\\p{Lu}[\\p{L}.' -]{1,40}\\)?"
                    + "|/\\s*(?:AP|AFP|Reuters|Getty Images)(?: file| Photo)?|\\((?:AP|AFP|Reuters|Getty Images)\\))\\s*$");
    private static final int CREDIT_MAX_WORDS = 12;
    /** A line that ends in a year, as a citation or a dated link does ("..., Aug. 22, 2019"). */
    private static final Pattern YEAR_END = Pattern.compile("\\b(?:19|20)\\d\\d[)\\]]?$");
    /** Marks inside a line that part its clauses; a sentence's end counts when a blank follows (past closers). */
    private static final String CLAUSE_MARKS = ",;،、，；";
    private static final String INNER_SENTENCE_MARKS = ".!?。！？";
    private static final String INNER_CLOSING_MARKS = "\"'”’»)]";
    /** The longest bracketed source tag that closes a line ("... was weird." [538]), read past when a line ends. */
    private static final int SOURCE_TAG_MAX_CHARS = 40;
    private static final Pattern MARKUP_TAG = Pattern.compile("<[A-Za-z/][^<>\\n]*>");
    /** A tag of a page's scaffolding: its doctype, html, head and body tags, scripts and style sheets. */
    private static final Pattern SCAFFOLDING_TAG = Pattern.compile(
            "(?i)<(?:!doctype|/?html|/?head|/?body|/?script|/?style|meta|link)[\\s>/]");
    /** A lowercase word run into a capitalised one with no blank between ("Strong WR OptionsThe 49ers"). */
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}{3}[?!.:]?(?=\\p{Lu}\\p{Ll}|A\\s\\p{Ll})");
    /** Words that stay lowercase inside a title-case headline. */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "with", "from", "by", "v", "vs", "as", "is");
    private static final int GLUED_TITLE_WORDS = 4;
    private static final int GLUED_SUMMARY_WORDS = 4;
    private static final int GLUED_CARD_MAX_CHARS = 400;
    /** Marks that open a quotation: a line that starts with one quotes someone and is not page furniture. */
    private static final String OPENING_QUOTES = "\"“„«‘'";

    private final Set<String> stopWords;
    /** The furniture phrases by their first char. */
    private final Map<Character, List<String>> cues;
    /** The length of the longest phrase: how much of a line's start is lowercased to compare. */
    private final int longestCue;

    LineFeatures(Set<String> stopWords, Set<String> cues) {
        this.stopWords = Set.copyOf(stopWords);
        Map<Character, List<String>> byFirst = new HashMap<>();
        cues.stream().filter(c -> !c.isEmpty()).sorted()
                .forEach(c -> byFirst.computeIfAbsent(c.charAt(0), k -> new ArrayList<>()).add(c));
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        this.cues = Map.copyOf(byFirst);
        this.longestCue = cues.stream().mapToInt(String::length).max().orElse(0);
    }

    List<Line> lines(String text) {
        List<Span> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Span span = trim(text, lineStart, i);
                if (!span.isEmpty()) {
                    String key = key(span.of(text));
                    spans.add(span);
                    keys.add(key);
                    counts.merge(key, 1, Integer::sum);
                }
                lineStart = i + 1;
            }
        }
        List<Line> lines = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            String line = span.of(text);
            boolean repeated = counts.get(keys.get(k)) > 1 && LineWords.count(line) > 0;
            lines.add(features(span, line, repeated));
        }
        return lines;
    }

    private Line features(Span span, String line, boolean repeated) {
        int words = 0;
        int stop = 0;
        int ideographicWords = 0;
        LineWords m = new LineWords(line);
        while (m.next()) {
            String word = m.word();
            if (isIdeographic(word.charAt(0))) {
                int n = Math.max(1, word.length() / 2);
                words += n;
                ideographicWords += n;
            } else {
                words++;
                if (!hasFunctionWordList(firstLetterScript(word))) {
                    ideographicWords++;
                }
            }
            if (stopWords.contains(word.toLowerCase(Locale.ROOT))) {
                stop++;
            }
        }
        int letters = 0;
        int visible = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            letters += Character.isLetter(c) ? 1 : 0;
            visible += Character.isWhitespace(c) ? 0 : 1;
        }
        boolean markupOnly = line.indexOf('<') >= 0 && isMarkup(line);
        boolean notText = letters == 0 || (visible >= 8 && letters < visible * 0.5) || markupOnly;
        boolean endsSentence = endsSentence(withoutSourceTag(line));
        int marks = innerMarks(line);
        return new Line(span, line, words, words == 0 ? 0 : (double) stop / words, endsSentence, marks,
                ideographicWords * 2 > words, startsWithCue(line), isTimestamp(line), repeated, notText,
                isCommentsHeading(line, words),
                startsLikeACount(line) && COUNTED_COMMENTS.matcher(line).matches(), markupOnly,
                isGluedTitle(line), !endsSentence && endsInYear(line),
                isPhotoCredit(line, words), isCookieNotice(line));
    }

    /**
     * Whether a line holding a {@code <} is markup rather than text: no letter outside its tags, or a tag of a page's
     * scaffolding that no article's text holds (its head, a script or a style sheet: a whole page pasted as text). A
     * paragraph pasted with its {@code <p>} or link tags is text.
     */
    private static boolean isMarkup(String line) {
        return SCAFFOLDING_TAG.matcher(line).find()
                || MARKUP_TAG.matcher(line).replaceAll("").chars().noneMatch(Character::isLetter);
    }

    /**
     * A line about the site's cookies: it names cookies and the site, the browser, consent, privacy or tracking
     * (a consent banner, a cookie policy's table). A line about cookies to eat names none of these.
     */
    static boolean isCookieNotice(String line) {
        return line.length() >= 20 && containsCookie(line) && COOKIE_CONTEXT.matcher(line).find();
    }

    /** Whether the line holds "cookie" in any case (compared as a case-insensitive pattern compares chars). */
    static boolean containsCookie(String line) {
        return contains(line, COOKIE);
    }

    /**
     * A story card copied as text: a title-case headline run into the first sentence of its summary without a
     * blank ("Ford Recalls F-150s; Loose Cable Can Cause Stalling Or FiresFord is recalling ..."), as happens when
     * the title and the summary are inline elements side by side.
     */
    static boolean isGluedTitle(String line) {
        if (line.length() > GLUED_CARD_MAX_CHARS || !hasLowerBeforeUpper(line)) {
            return false;
        }
        Matcher m = GLUE.matcher(line);
        if (!m.find()) {
            return false;
        }
        int glue = m.end();
        if (m.find()) {
            // several words run together: a table or a form copied as text, not one card
            return false;
        }
        String left = line.substring(0, glue);
        return left.chars().filter(c -> c == '(').count() <= left.chars().filter(c -> c == ')').count()
                && isTitleCase(left.split("\\s+")) && isSentenceCase(line.substring(glue).split("\\s+"));
    }

    /**
     * A cheap test before {@link #GLUE}: somewhere a lowercase letter is followed by a capital, straight or past one
     * of {@code ?!.:}.
     */
    static boolean hasLowerBeforeUpper(String line) {
        int n = line.length();
        int k = 0;
        while (k < n) {
            int cp = line.codePointAt(k);
            int next = k + Character.charCount(cp);
            if (Character.isLowerCase(cp) && next < n) {
                int after = line.codePointAt(next);
                if ("?!.:".indexOf(after) >= 0 && next + 1 < n) {
                    after = line.codePointAt(next + 1);
                }
                if (Character.isUpperCase(after)) {
                    return true;
                }
            }
            k = next;
        }
        return false;
    }

    private static boolean isTitleCase(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String token : tokens) {
            if (token.isEmpty() || !Character.isLetterOrDigit(token.charAt(0))) {
                continue;
            }
            words++;
            boolean small = TITLE_SMALL_WORDS.contains(token.toLowerCase(Locale.ROOT));
            if (!small && !Character.isUpperCase(token.charAt(0)) && !Character.isDigit(token.charAt(0))) {
                return false;
            }
            if (!small) {
                capitalised++;
            }
        }
        return words >= GLUED_TITLE_WORDS && capitalised >= GLUED_TITLE_WORDS - 1;
    }

    private static boolean isSentenceCase(String[] tokens) {
        int words = 0;
        int lower = 0;
        for (String token : tokens) {
            if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isLowerCase(token.charAt(0))) {
                lower++;
            }
        }
        return words >= GLUED_SUMMARY_WORDS && lower * 2 >= words;
    }

    private static boolean isPhotoCredit(String line, int words) {
        return words <= CREDIT_MAX_WORDS && isShortCredit(line)
                || "IiMmFfAa".indexOf(line.charAt(0)) >= 0 && CAPTION_LABEL.matcher(line).lookingAt()
                || (line.indexOf(':') >= 0 || line.indexOf('©') >= 0 || line.contains("(AP"))
                && endsWith(CREDIT_TAIL, line)
                || (line.indexOf('/') >= 0 || line.indexOf('(') >= 0) && endsWith(AGENCY_TAIL, line);
    }

    /**
     * A short line that credits a picture: "Photo: ...", "Image copyright ...", "© Reuters", a line ending in an
     * agency name ("Sakib Ali/Hindustan Times/Getty Images"), or names joined by slashes ("Jane Doe/Reuters"). Each
     * pattern runs only when the line holds what it needs: a label's first letter, an agency's name, a slash or bar.
     */
    static boolean isShortCredit(String line) {
        return "PpIiFfBbCc©(".indexOf(line.charAt(0)) >= 0 && CREDIT_LABEL.matcher(line).lookingAt()
                || AGENCY_NAMES.stream().anyMatch(line::contains) && AGENCY_LINE.matcher(line).lookingAt()
                || (line.indexOf('/') >= 0 || line.indexOf('|') >= 0) && SLASHED_NAMES.matcher(line).lookingAt();
    }

    /** A short line that is only a time or a date ("2 hours ago", "Updated: 14:05", "March 3, 2024"). */
    static boolean isTimestamp(String line) {
        return line.length() <= 80 && mayOpenTimestamp(line) && TIMESTAMP.matcher(line).matches();
    }

    /**
     * A cheap test before {@link #TIMESTAMP}: past the separators it allows first, a timestamp opens with a digit or
     * with the first letter of one of its words (a unit, a month, a day, "updated", "about", "yesterday", "just").
     * Any other char of the Basic Latin block rules one out; others are left to the pattern.
     */
    private static boolean mayOpenTimestamp(String line) {
        int k = 0;
        while (k < line.length() && ("-–—|·•".indexOf(line.charAt(k)) >= 0 || isBlank(line.charAt(k)))) {
            k++;
        }
        if (k == line.length()) {
            return false;
        }
        char c = line.charAt(k);
        return c >= 128 || c >= '0' && c <= '9' || TIMESTAMP_OPENERS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /** A short heading about reader comments ("Comments", "Leave a reply", "3 Kommentare"). */
    static boolean isCommentsHeading(String line, int words) {
        return words <= 8 && line.length() <= 80 && COMMENTS.matcher(line).matches();
    }

    /** Whether the line holds the word in any case, compared as a case-insensitive pattern compares chars. */
    private static boolean contains(String line, String word) {
        for (int k = 0; k + word.length() <= line.length(); k++) {
            if (line.regionMatches(true, k, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before {@link #COUNTED_COMMENTS}: a count opens with a digit or a word for "one". */
    private static boolean startsLikeACount(String line) {
        char c = Character.toLowerCase(line.charAt(0));
        return Character.isDigit(c) || c == 'o' || c == 'e' || c == 'u';
    }

    private static boolean endsInYear(String line) {
        char c = line.charAt(line.length() - 1);
        return (Character.isDigit(c) || c == ')' || c == ']') && endsWith(YEAR_END, line);
    }

    /**
     * Whether a line ends a sentence: a sentence mark followed only by closing marks, or a closing quotation mark,
     * within its last {@value #TAIL_CHARS} chars.
     */
    static boolean endsSentence(String line) {
        return endsSentence(line, line.length()) || endsSentence(line, endBeforeTerminator(line));
    }

    /** Where a final line terminator starts (an end of the line as a regular expression's {@code $} reads it). */
    private static int endBeforeTerminator(String line) {
        int n = line.length();
        if (n >= 2 && line.charAt(n - 2) == '\r' && line.charAt(n - 1) == '\n') {
            return n - 2;
        }
        return n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(line.charAt(n - 1)) >= 0 ? n - 1 : n;
    }

    private static boolean endsSentence(String line, int n) {
        if (n == 0) {
            return false;
        }
        if (QUOTE_ENDS.indexOf(line.charAt(n - 1)) >= 0) {
            return true;
        }
        int from = Math.max(0, line.length() - TAIL_CHARS);
        int k = n - 1;
        while (k >= from && CLOSING_MARKS.indexOf(line.charAt(k)) >= 0) {
            k--;
        }
        return k >= from && SENTENCE_MARKS.indexOf(line.charAt(k)) >= 0;
    }

    /**
     * How many marks inside a line part it: commas and semicolons, and sentence marks followed (past their closing
     * marks) by a blank.
     */
    static int innerMarks(String line) {
        int n = line.length();
        int marks = 0;
        int k = 0;
        while (k < n) {
            char c = line.charAt(k);
            if (CLAUSE_MARKS.indexOf(c) >= 0) {
                marks++;
            } else if (INNER_SENTENCE_MARKS.indexOf(c) >= 0) {
                int j = k + 1;
                while (j < n && INNER_CLOSING_MARKS.indexOf(line.charAt(j)) >= 0) {
                    j++;
                }
                if (j < n && isBlank(line.charAt(j))) {
                    marks++;
                    k = j;
                    continue;
                }
            }
            k++;
        }
        return marks;
    }

    /** A blank as a regular expression's {@code \s} reads it. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The line without a short bracketed tag at its end ("... was weird." [538]) and the blanks before the tag; the
     * line itself when it has none. Linear in the tag's length, whatever the line holds.
     */
    static String withoutSourceTag(String line) {
        if (!line.endsWith("]")) {
            return line;
        }
        int open = line.lastIndexOf('[', line.length() - 2);
        int inner = line.length() - 2 - open;
        if (open < 0 || inner < 1 || inner > SOURCE_TAG_MAX_CHARS || line.indexOf(']', open) != line.length() - 1) {
            return line;
        }
        int end = open;
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    /** How far from a line's end the patterns anchored at the end look: a credit or a year is short. */
    private static final int TAIL_CHARS = 120;

    /** @return true if {@code pattern}, which ends in {@code $}, matches in the last {@link #TAIL_CHARS} of the line */
    private static boolean endsWith(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        m.useTransparentBounds(true);
        m.region(Math.max(0, line.length() - TAIL_CHARS), line.length());
        return m.find();
    }

    /**
     * Latin and Cyrillic are the scripts the function-word lists cover; in any other (Hangul, whose particles attach
     * to words, Arabic, Hebrew, Greek, Devanagari ...) a line cannot be judged by its share of function words.
     */
    private static boolean hasFunctionWordList(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    private static Character.UnicodeScript firstLetterScript(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return Character.UnicodeScript.of(word.charAt(i));
            }
        }
        return Character.UnicodeScript.COMMON;
    }

    /** Scripts written without spaces between words, where a run of letters is a phrase, not a word. */
    private static boolean isIdeographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private boolean startsWithCue(String line) {
        if (!line.isEmpty() && OPENING_QUOTES.indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        int i = 0;
        while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        // only the line's start is compared: one char past the longest phrase tells whether a word goes on
        String lower = line.substring(i, Math.min(line.length(), i + longestCue + 1)).toLowerCase(Locale.ROOT);
        for (String cue : cues.getOrDefault(lower.charAt(0), List.of())) {
            if (lower.startsWith(cue) && (lower.length() == cue.length()
                    || !Character.isLetterOrDigit(lower.charAt(cue.length()))
                    || !Character.isLetterOrDigit(cue.charAt(cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT);
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
