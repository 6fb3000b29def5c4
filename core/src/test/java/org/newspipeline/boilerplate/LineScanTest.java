package org.newspipeline.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scans of the line features against the regular expressions they replace, kept here as the
 * reference: on crafted lines and on many random lines of the awkward chars (soft hyphens, apostrophes, closing
 * marks, digits of other scripts, letters outside the Basic Multilingual Plane, line terminators).
 */
class LineScanTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:\\u00ad?[\\p{L}\\p{N}])*(?:['’][\\p{L}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]」』]*$|[\"”’»」』]$");
    private static final Pattern INNER_MARK = Pattern.compile("[,;،、，；]|[.!?。！？][\"'”’»)\\]]*(?=\\s)");
    private static final Pattern GLUE = Pattern.compile("\\p{Ll}{3}[?!.:]?(?=\\p{Lu}\\p{Ll}|A\\s\\p{Ll})");
    private static final Pattern COOKIE = Pattern.compile("(?iu)cookie");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(?:(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Pp]icture|[Ff]oto|[Bb]ild|BILD|[Cc]redit|CREDIT|[Cc]ourtesy)s?"
                    + "(?: by| credit)?\\s*[:.…]"
                    + "|©|\\([Cc]\\)|(?i:image copyright))"
                    + "|^[^.!?]{0,60}\\b(?:Getty Images|Getty|GETTY|Shutterstock|iStock|AP Photo|AP|Associated Press"
                    + "|Reuters|REUTERS|AFP|EPA|Alamy|Bloomberg|Xinhua)\\s*+\\)?\\s*+$"
                    + "|^\\p{Lu}[\\w.'’-]+(?: \\p{Lu}[\\w.'’-]+)*\\s*[/|]\\s*\\p{Lu}[\\w ]+(?:[/|][\\w ]+)*$");
    /** Pieces random lines are made of. */
    private static final String[] PIECES = {"a", "b", "Z", "é", "ß", "Ω", "ж", "語", "中", "٣", "Ⅻ", "½", "7", "\u00ad",
        "'", "’", "\"", "”", "»", ")", "]", "」", "』", ".", "!", "?", "…", "。", ",", ";", "、", " ", "\t", "\u00a0",
        "-", "/", "\n", "\r", "\u0085", "\u2028", "𝑎", "𝐀", "😀", "K", "İ", "ı", "\u212a", "cookie", "COOKIE",
        "Co", "oKi", "A ", "abc", "xyzA", "Ab", "Photo", "Bild", ":", "Image copyright", "©", "(c)", "Getty Images",
        "AP", "Reuters", "Jane Doe", "|", "Credit", "2 hours ago", "Updated: ", "14:05", "May 3", "2024", "—", "·",
        "ſ", "Yesterday", "Comments", "REPLY", "Kommentare", "комментарии", "Discussİon", " ", " "};

    @Test
    void wordsAreThoseOfThePattern() {
        for (String line : lines()) {
            assertEquals(regexWords(line), scannedWords(line), line);
            assertEquals(regexWords(line).size(), LineWords.count(line), line);
        }
    }

    @Test
    void sentenceEndsAndInnerMarksAreThoseOfThePatterns() {
        for (String line : lines()) {
            Matcher end = SENTENCE_END.matcher(line);
            end.useTransparentBounds(true);
            end.region(Math.max(0, line.length() - 120), line.length());
            assertEquals(end.find(), LineFeatures.endsSentence(line), line);
            int marks = 0;
            Matcher inner = INNER_MARK.matcher(line);
            while (inner.find()) {
                marks++;
            }
            assertEquals(marks, LineFeatures.innerMarks(line), line);
        }
    }

    @Test
    void theCheapTestsAgreeWithThePatterns() {
        for (String line : lines()) {
            assertEquals(COOKIE.matcher(line).find(), LineFeatures.containsCookie(line), line);
            if (GLUE.matcher(line).find()) {
                assertTrue(LineFeatures.hasLowerBeforeUpper(line), line);
            }
            assertEquals(PHOTO_CREDIT.matcher(line).lookingAt(), LineFeatures.isShortCredit(line), line);
            assertEquals(line.length() <= 80 && LineFeatures.TIMESTAMP.matcher(line).matches(),
                    LineFeatures.isTimestamp(line), line);
            int words = LineWords.count(line);
            assertEquals(words <= 8 && line.length() <= 80 && LineFeatures.COMMENTS.matcher(line).matches(),
                    LineFeatures.isCommentsHeading(line, words), line);
        }
    }

    @Test
    void craftedLines() {
        assertEquals(List.of("inter\u00adnational", "don't", "rock'n'roll", "2024"),
                scannedWords("inter\u00adnational, don't -rock'n'roll- 2024"));
        assertEquals(List.of("end", "x"), scannedWords("\u00adend\u00ad x'"));
        assertEquals(true, LineFeatures.endsSentence("He left.\u201d)"));
        assertEquals(true, LineFeatures.endsSentence("He left.\r\n"));
        assertEquals(false, LineFeatures.endsSentence("He left. Then"));
        assertEquals(3, LineFeatures.innerMarks("One, two.\" Three! four"));
        assertEquals(0, LineFeatures.innerMarks("No marks.\"x"));
    }

    private static List<String> lines() {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            StringBuilder line = new StringBuilder();
            int pieces = 1 + random.nextInt(k % 10 == 0 ? 60 : 12);
            for (int p = 0; p < pieces; p++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> regexWords(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> scannedWords(String line) {
        List<String> words = new ArrayList<>();
        LineWords scan = new LineWords(line);
        while (scan.next()) {
            words.add(scan.word());
        }
        return words;
    }
}
