package org.newspipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles for property and concurrency tests: a few small hand-written news texts, random articles assembled from
 * hand-written pieces, and mutations of both. Everything is drawn from a {@link Random} with a seed the caller
 * gives, so each input can be rebuilt from its seed alone.
 */
final class GeneratedArticles {

    /** Small hand-written articles: quotes before and after cues, pronouns, clutter, a multi-paragraph quote. */
    static final List<String> HAND_WRITTEN = List.of(
            "Harbour crane back in service\n"
                    + "The harbour crane in Bergen works again after three weeks of repairs, the port said on Friday.\n"
                    + "\"We are ready for the autumn season,\" said Peter Olsen, who runs the container terminal.\n"
                    + "He added: \"The ships will not have to wait any more.\"\n"
                    + "Share this article\nTags: harbour, Bergen",
            "Home | News | Sport\n"
                    + "The ministry said on Tuesday that it would look again at the school budget for next year.\n"
                    + "\u201cNothing is decided yet,\u201d a spokesman for the ministry said in a statement.\n"
                    + "Teachers' unions called the plan \u201ca step backwards\u201d and asked for talks.\n"
                    + "2 hours ago",
            "Anna Berg met Tom Becker in Oslo on Monday to discuss the new rail link between the two cities.\n"
                    + "\"It went well, and we agreed on the next steps,\" said Ms Berg, who leads the regional council.\n"
                    + "Mr Becker was more careful. \"We still have to find the money,\" he told reporters.",
            "Mayor Ian Holt opened the new library on Saturday morning in front of a large crowd.\n"
                    + "\"This building belongs to everyone who lives here. It took us ten years to build it.\n"
                    + "\"And it will be open every day of the week,\" Mayor Holt said.\n"
                    + "According to the council, the library cost 12 million euros.",
            "Police said a 34-year-old man was arrested after the break-in at the jewellery shop on Main Street.\n"
                    + "\u201cThe suspect was found with several watches in his bag,\u201d Inspector Sara Lind said.\n"
                    + "The shop owner, Karl Dahl, said the alarm had failed. \u2018I am just glad nobody was hurt,\u2019 "
                    + "he said.\nRead more: Crime in the city",
            "The company reported a loss of 40 million dollars for the third quarter on Wednesday.\n"
                    + "Its chief executive, Maria Lopez, told analysts that \"the worst is behind us\" and that sales "
                    + "would recover next year.\n"
                    + "Shares fell 6 percent in early trading.\n"
                    + "\"We are disappointed,\" an investor said.");

    private static final String[] NAMES = {"Anna Berg", "Tom Becker", "Peter Olsen", "Sara Lind", "Maria Lopez",
        "Karl Dahl", "the minister", "a spokesman", "the company", "police"};
    private static final String[] CUES = {"said", "told reporters", "added", "said on Monday", "wrote"};
    private static final String[] QUOTED = {"We are ready", "Nothing is decided yet", "It went well",
        "The ships will not have to wait", "This is a good day for the city", "I am just glad nobody was hurt"};
    private static final String[] PROSE = {
        "The council met on Thursday to discuss the plan for the new bridge over the river.",
        "Officials said the work would take two years and cost more than expected.",
        "Residents have complained about the noise from the building site for months.",
        "The decision was taken after a long debate in the regional parliament in Oslo.",
        "Last year, the same company built a tunnel under the harbour in Bergen."};
    private static final String[] CLUTTER = {"Share this article", "Tags: politics, Oslo", "2 hours ago",
        "Home | News | Sport", "Read more", "Advertisement", "Sign up for our newsletter", "\u00a9 2024 Daily News"};
    /** Characters and strings that break naive text handling. */
    private static final String[] NASTY = {"\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''", "\r\n",
        "\r", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\u0000", "\u0007", "\u200b", "\ufeff", "\ufffd",
        "\ud83d\ude00", "\ud83c\udf89", "\ud800", "\udc00", "<p>", "</p>", "<a href=\"x\">", "&quot;", "&amp;",
        "\u00ab", "\u00bb", "\u2014", "\u2026", "\u65e5\u672c", "\u0645\u0631\u062d\u0628\u0627", "e\u0301",
        "...", "?!", " ", "  "};

    private GeneratedArticles() {
    }

    /** @return an article of clutter, prose and quoted lines in random order and random number */
    static String random(Random random) {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(pick(random, CLUTTER));
                case 1, 2 -> out.append(pick(random, PROSE));
                case 3 -> out.append('"').append(pick(random, QUOTED)).append(",\" ")
                        .append(pick(random, NAMES)).append(' ').append(pick(random, CUES)).append('.');
                case 4 -> out.append(capitalise(pick(random, NAMES))).append(' ').append(pick(random, CUES))
                        .append(": \u201c").append(pick(random, QUOTED)).append(".\u201d");
                default -> out.append(pick(random, PROSE)).append(' ').append(pick(random, PROSE));
            }
            out.append(random.nextInt(5) == 0 ? "\n\n" : "\n");
        }
        return out.toString();
    }

    /**
     * @return {@code text} changed by one to five edits: nasty characters inserted, a stretch deleted or
     *         duplicated, a cut at a random char (which may split a surrogate pair), lines shuffled or joined, line
     *         ends swapped, or the text replaced by random bytes decoded as UTF-8
     */
    static String mutate(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(9)) {
                case 0, 1, 2 -> s = s.substring(0, at) + pick(random, NASTY) + s.substring(at);
                case 3 -> {
                    int end = Math.min(s.length(), at + random.nextInt(40));
                    s = s.substring(0, at) + s.substring(end);
                }
                case 4 -> {
                    int end = Math.min(s.length(), at + random.nextInt(80));
                    s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
                }
                case 5 -> s = s.substring(0, at);
                case 6 -> {
                    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                    java.util.Collections.shuffle(lines, random);
                    s = String.join("\n", lines);
                }
                case 7 -> s = random.nextBoolean() ? s.replace("\n", "\r\n") : s.replace('\n', random.nextBoolean()
                        ? ' ' : '\r');
                default -> s = s.substring(0, at) + junk(random, 1 + random.nextInt(200)) + s.substring(at);
            }
        }
        return s;
    }

    /** @return {@code length} random bytes decoded as UTF-8 (malformed sequences become U+FFFD) */
    static String junk(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
