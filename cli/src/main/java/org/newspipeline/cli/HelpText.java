package org.newspipeline.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out the description, the parameters, the options and the footer of the commands' help at the usage width,
 * breaking lines at blanks only. picocli wraps with the JDK's line breaker, which also breaks after a full stop
 * before a letter, so that {@code *.html} came out as {@code *.} and {@code html} on two lines. A word longer than
 * the line is left whole on a line of its own.
 */
final class HelpText {

    /** Where descriptions start in the option and parameter lists. */
    static final int DESCRIPTION_COLUMN = 24;
    /** How far a description's continuation lines are indented past its first. */
    private static final int CONTINUATION = 2;
    /** How far an example's command line goes on past its indentation when it is too long for one line. */
    private static final int COMMAND_CONTINUATION = 2;
    /** Footer lines indented this much or less are examples' commands; deeper ones say what a command does. */
    private static final int COMMAND_INDENT = 2;
    /** A word and the blanks before it. */
    private static final Pattern WORD = Pattern.compile("( *)(\\S+)");

    private HelpText() {
    }

    /**
     * Installs the layout on a command and its subcommands, and lets the help fit the terminal's width.
     *
     * @param cli the command line
     */
    static void install(CommandLine cli) {
        cli.setUsageHelpAutoWidth(true);
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> paragraphs(help.commandSpec().usageMessage().description(), width(help)));
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> paragraphs(help.commandSpec().usageMessage().footer(), width(help)));
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> {
            StringBuilder s = new StringBuilder();
            help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden())
                    .forEach(p -> s.append(entry("      " + p.paramLabel() + (p.arity().isVariable() ? "..." : ""),
                            p, width(help))));
            return s.toString();
        });
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> {
            StringBuilder s = new StringBuilder();
            help.commandSpec().options().stream().filter(o -> !o.hidden())
                    .sorted(Comparator.comparing(HelpText::sortKey))
                    .forEach(o -> s.append(entry(names(o), o, width(help))));
            return s.toString();
        });
        cli.getSubcommands().values().forEach(HelpText::install);
    }

    private static int width(CommandLine.Help help) {
        return help.commandSpec().usageMessage().width();
    }

    /** The option's names as picocli shows them: {@code   -f, --format=FORMAT} or {@code       --glob=GLOB}. */
    private static String names(OptionSpec option) {
        String shortName = null;
        String longName = null;
        for (String name : option.names()) {
            if (name.startsWith("--")) {
                longName = longName == null ? name : longName;
            } else {
                shortName = shortName == null ? name : shortName;
            }
        }
        String label = option.arity().max() > 0 ? "=" + option.paramLabel() : "";
        if (longName == null) {
            return "  " + shortName + label;
        }
        return (shortName == null ? "      " : "  " + shortName + ", ") + longName + label;
    }

    /** picocli's order: by the short name (or the long one), case aside, lower case first. */
    private static String sortKey(OptionSpec option) {
        String name = option.shortestName().replaceFirst("^-+", "");
        StringBuilder swapped = new StringBuilder();
        name.chars().forEach(c -> swapped.append(Character.isUpperCase(c) ? Character.toLowerCase((char) c) + "\u0001"
                : (char) c + "\u0000"));
        return name.toLowerCase(Locale.ROOT) + swapped;
    }

    /** One entry of a list: the names, then the description from {@value #DESCRIPTION_COLUMN} on. */
    private static String entry(String names, ArgSpec arg, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : arg.renderedDescription()) {
            lines.addAll(wrap(paragraph, Math.max(width - DESCRIPTION_COLUMN - CONTINUATION, 20)));
        }
        StringBuilder s = new StringBuilder(names);
        String continuation = " ".repeat(DESCRIPTION_COLUMN + CONTINUATION);
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                if (names.length() <= DESCRIPTION_COLUMN - 2) {
                    s.append(" ".repeat(DESCRIPTION_COLUMN - names.length()));
                } else {
                    s.append(System.lineSeparator()).append(" ".repeat(DESCRIPTION_COLUMN));
                }
            } else {
                s.append(continuation);
            }
            s.append(lines.get(i)).append(System.lineSeparator());
        }
        if (lines.isEmpty()) {
            s.append(System.lineSeparator());
        }
        return s.toString();
    }

    /**
     * Each paragraph wrapped to the width: a paragraph that starts with blanks (an example in a footer) keeps them
     * on each of its lines, and an example's command ({@value #COMMAND_INDENT} blanks) goes on
     * {@value #COMMAND_CONTINUATION} further in.
     */
    static String paragraphs(String[] paragraphs, int width) {
        StringBuilder s = new StringBuilder();
        for (String paragraph : paragraphs) {
            String text = paragraph.replace("%n", System.lineSeparator());
            for (String line : text.split("\\R", -1)) {
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                int more = indent > 0 && indent <= COMMAND_INDENT ? COMMAND_CONTINUATION : 0;
                List<String> wrapped = wrap(line.substring(indent), Math.max(width - indent - more, 20));
                for (int i = 0; i < wrapped.size(); i++) {
                    s.append(" ".repeat(i == 0 ? indent : indent + more)).append(wrapped.get(i))
                            .append(System.lineSeparator());
                }
            }
        }
        return s.toString();
    }

    /**
     * @param text  one paragraph
     * @param width the longest line
     * @return its lines, broken at blanks only (the blanks between words on one line kept as they are); an
     *         empty paragraph is one empty line
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher word = WORD.matcher(text.strip());
        while (word.find()) {
            String blanks = word.group(1);
            String letters = word.group(2);
            if (line.length() > 0 && line.length() + blanks.length() + letters.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(blanks);
            }
            line.append(letters);
        }
        lines.add(line.toString());
        return lines;
    }
}
