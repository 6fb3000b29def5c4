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

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?iu)^[-–—|·•\\s]*(?:(?:updated|published|posted|mon|tue|wed|thu|fri|sat|sun)[a-z]*[:,.]?\\s+)?(?:(?:about\\s+|an?\\s+)?\\d{0,3}\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?"
                    + "|weeks?|months?|years?)(?:\\s+ago)?(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?"
                    + "|(?:yesterday|today|just now)(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?"
                    + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
                    + "|(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
                    + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?(?:\\s+\\d{4})?"
                    + "(?:,?\\s+(?:at\\s+|[-–|·•]\\s*)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?"
                    + "|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?)"
                    + "[-–—|·•\\s]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]」』]*$|[\"”’»」』]$");
    private static final Pattern COMMENTS = Pattern.compile(
            "(?iu).*\\b(?:comments?|responses?|replies|reply|discussion|comentários?|comentarios?|commenti"
                    + "|kommentare?|commentaires?|komentar|комментари\\p{L}*|댓글|コメント)\\b.*");
    private static final Pattern INNER_MARK = Pattern.compile("[,;،、，；]|[.!?。！？](?=\\s)");

    private final Set<String> stopWords;
    private final List<String> cues;

    LineFeatures(Set<String> stopWords, Set<String> cues) {
        this.stopWords = Set.copyOf(stopWords);
        this.cues = cues.stream().sorted().toList();
    }

    List<Line> lines(String text) {
        List<Span> spans = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                Span span = trim(text, lineStart, i);
                if (!span.isEmpty()) {
                    spans.add(span);
                    counts.merge(key(span.of(text)), 1, Integer::sum);
                }
                lineStart = i + 1;
            }
        }
        List<Line> lines = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String line = span.of(text);
            boolean repeated = counts.get(key(line)) > 1 && countWords(line) > 0;
            lines.add(features(span, line, repeated));
        }
        return lines;
    }

    private Line features(Span span, String line, boolean repeated) {
        int words = 0;
        int stop = 0;
        int ideographicWords = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String word = m.group();
            if (isIdeographic(word.charAt(0))) {
                int n = Math.max(1, word.length() / 2);
                words += n;
                ideographicWords += n;
            } else {
                words++;
                if (Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.HANGUL) {
                    ideographicWords++;
                }
            }
            if (stopWords.contains(word.toLowerCase(Locale.ROOT))) {
                stop++;
            }
        }
        int letters = (int) line.chars().filter(Character::isLetter).count();
        int visible = (int) line.chars().filter(c -> !Character.isWhitespace(c)).count();
        boolean notText = letters == 0 || (visible >= 8 && letters < visible * 0.5);
        boolean endsSentence = SENTENCE_END.matcher(line).find();
        int marks = 0;
        Matcher mark = INNER_MARK.matcher(line);
        while (mark.find()) {
            marks++;
        }
        return new Line(span, line, words, words == 0 ? 0 : (double) stop / words, endsSentence, marks,
                ideographicWords * 2 > words, startsWithCue(line), line.length() <= 80 && TIMESTAMP.matcher(line).matches(), repeated,
                notText, words <= 8 && line.length() <= 80 && COMMENTS.matcher(line).matches());
    }

    /** Scripts written without spaces between words, where a run of letters is a phrase, not a word. */
    private static boolean isIdeographic(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    private boolean startsWithCue(String line) {
        int i = 0;
        while (i < line.length() && !Character.isLetterOrDigit(line.charAt(i))) {
            i++;
        }
        String lower = line.substring(i).toLowerCase(Locale.ROOT);
        for (String cue : cues) {
            if (lower.startsWith(cue) && (lower.length() == cue.length()
                    || !Character.isLetterOrDigit(lower.charAt(cue.length()))
                    || !Character.isLetterOrDigit(cue.charAt(cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String line) {
        Matcher m = WORD.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
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
