package org.newspipeline.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Writes one file per class of input made to be slow or to crash a text pipeline, each as long as the default
 * input limit (1,000,000 chars), so the command line can be timed on them. Seeded: every run writes the same
 * files. Text files start with two lines of prose, so that the crafted line is read as article body and goes
 * through every stage rather than being dropped as clutter.
 *
 * <pre>
 * WriteCraftedInputs OUT_DIR [CHARS]
 * </pre>
 */
public final class WriteCraftedInputs {

    private static final String LEAD = "The town council met on Monday to talk about the new library, its chair said.\n\n"
            + "Members told the press that the vote would take place in June.\n\n";
    private static final String[] WORDS = {"big", "old", "red", "new", "tall", "slow"};
    private static final String[] NAMES = {"Ines", "Pavel", "Ruth", "Omar", "Lena"};

    private WriteCraftedInputs() {
    }

    /**
     * @param args {@code OUT_DIR [CHARS]}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WriteCraftedInputs OUT_DIR [CHARS]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Random random = new Random(17);
        text(out, "blank-run-photo.txt", n, i -> i == 0 ? "Photo: AP" : blank(random), "x");
        text(out, "blank-run-bracket.txt", n, i -> i == 0 ? "a" : blank(random), "b]");
        text(out, "speaker-chain.txt", n, i -> i == 0 ? LEAD + "\"Yes,\" said the spokesman" : " for the spokesman",
                ".");
        text(out, "of-chain.txt", n, i -> i == 0 ? LEAD + "The head" : " of the office", " said so.");
        text(out, "modifier-run.txt", n, i -> i == 0 ? LEAD + "She met the" : " " + WORDS[random.nextInt(6)],
                " man.");
        text(out, "parentheses.txt", n, i -> i == 0 ? LEAD + "John" : " (Smith", ") said no.");
        text(out, "quotes-with-names.txt", n, i -> "\"We will go " + i + ",\" said " + NAMES[random.nextInt(5)]
                + " Name" + i + "x. ");
        text(out, "quotes-with-she.txt", n, i -> i == 0 ? "Mary Jones spoke. " : "\"We will go " + i + ",\" she said. ");
        text(out, "open-marks.txt", n, i -> i == 0 ? "He said \"" : " a \"");
        text(out, "one-letter-words.txt", n, i -> i == 0 ? LEAD : "a ");
        text(out, "unknown-words.txt", n, i -> i == 0 ? LEAD : "" + letter(random) + letter(random) + ' ');
        html(out, "nested-div.html", n, "<div>", "</div>", i -> "");
        html(out, "nested-span-words.html", n, "<span>", "", i -> "w" + i + " ");
        html(out, "nested-div-paragraphs.html", n, "<div>", "",
                i -> "<p>Part " + i + " of the report, the clerk said.</p>");
        html(out, "nested-caption-paragraphs.html", n, "<div class=\"caption\">", "",
                i -> "<p>Part " + i + " of the report, the clerk said.</p>");
        jsonLd(out, n);
        System.out.println("Wrote crafted inputs of about " + n + " chars to " + out);
    }

    /** Pieces {@code piece(0)}, {@code piece(1)}, ... up to {@code n} chars. */
    private static void text(Path out, String name, int n, IntFunction<String> piece) throws IOException {
        text(out, name, n, piece, "");
    }

    /** Pieces {@code piece(0)}, {@code piece(1)}, ... then {@code ending}, {@code n} chars in all. */
    private static void text(Path out, String name, int n, IntFunction<String> piece, String ending)
            throws IOException {
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; text.length() < n - ending.length(); i++) {
            text.append(piece.apply(i));
        }
        text.setLength(n - ending.length());
        Files.writeString(out.resolve(name), text.append(ending), StandardCharsets.UTF_8);
    }

    /** An HTML page of elements nested as deep as {@code n} chars allow, each opened with {@code content(i)}. */
    private static void html(Path out, String name, int n, String open, String close, IntFunction<String> content)
            throws IOException {
        String head = "<html><body>";
        String tail = "</body></html>";
        StringBuilder opened = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        for (int i = 0; head.length() + opened.length() + closed.length() + tail.length() < n - 100; i++) {
            opened.append(open).append(content.apply(i));
            closed.append(close);
        }
        Files.writeString(out.resolve(name), head + opened + "x" + closed + tail, StandardCharsets.UTF_8);
    }

    /** A page whose JSON-LD article body repeats every one of its many paragraphs. */
    private static void jsonLd(Path out, int n) throws IOException {
        StringBuilder body = new StringBuilder();
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; body.length() + paragraphs.length() + 200 < n; i++) {
            String p = "Paragraph " + i + " says what the council plans for the year ahead.";
            body.append(p).append(' ');
            paragraphs.append("<p>").append(p).append("</p>");
        }
        Files.writeString(out.resolve("json-ld-body.html"), "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + body + "\"}</script></head><body>" + paragraphs
                + "</body></html>", StandardCharsets.UTF_8);
    }

    private static String blank(Random random) {
        return String.valueOf(" \t\u00a0\u200b".charAt(random.nextInt(4)));
    }

    private static char letter(Random random) {
        return (char) ('a' + random.nextInt(26));
    }
}
