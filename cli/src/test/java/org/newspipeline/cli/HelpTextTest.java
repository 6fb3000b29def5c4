package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class HelpTextTest {

    private static CommandLine commandLine(int width) {
        CliEnvironment env = new CliEnvironment(new ByteArrayInputStream(new byte[0]), () -> {
            throw new AssertionError("help loads no model");
        }, () -> false, () -> width, Cancellation.manual());
        CommandLine cli = NewsPipelineCommand.commandLine(env);
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(width);
        cli.getSubcommands().values().forEach(sub -> {
            sub.setUsageHelpAutoWidth(false);
            sub.setUsageHelpWidth(width);
        });
        return cli;
    }

    /** Every word the help is written from: descriptions, footers, option and parameter descriptions. */
    private static Set<String> words(CommandSpec spec) {
        Stream<String> texts = Stream.of(spec.usageMessage().description(), spec.usageMessage().footer())
                .flatMap(Arrays::stream);
        Stream<String> args = Stream.concat(spec.options().stream(), spec.positionalParameters().stream())
                .map(ArgSpec.class::cast).flatMap(arg -> Arrays.stream(arg.renderedDescription()));
        Set<String> words = new HashSet<>();
        Stream.concat(texts, args).forEach(text -> words.addAll(Arrays.asList(text.trim().split("\\s+"))));
        words.remove("");
        return words;
    }

    @Test
    void noWordIsBrokenAndNoLineIsTooLongAtAnyWidth() {
        for (int width = 55; width <= 130; width++) {
            CommandLine cli = commandLine(width);
            for (CommandLine command : List.of(cli, cli.getSubcommands().get("annotate"))) {
                String help = command.getUsageMessage();
                Set<String> shown = new HashSet<>(Arrays.asList(help.split("\\s+")));
                for (String word : words(command.getCommandSpec())) {
                    assertTrue(shown.contains(word), width + " columns: '" + word + "' is broken in\n" + help);
                }
                for (String line : help.split("\\R")) {
                    boolean oneWord = !line.strip().contains(" ");
                    assertTrue(line.length() <= width || oneWord, width + " columns: " + line);
                }
            }
        }
    }

    @Test
    void theOptionListKeepsPicocliOrderAndColumns() {
        String help = commandLine(80).getSubcommands().get("annotate").getUsageMessage();
        String[] expected = {"      INPUT...          Files, folders, or '-' for standard input.",
            "  -f, --format=FORMAT   text, json, jsonl, quotes-csv, attributions-csv or",
            "                          html. Default: text on standard output, json with",
            "                          --out.",
            "      --glob=GLOB       Which files to take from folders, by file name.",
            "                          Default: *.{txt,html,htm}.",
            "  -h, --help            Show this help message and exit.",
            "      --html            Read every input, standard input included, as an HTML",
            "  -o, --out=DIR         Write one file per input into DIR (NAME.json, or",
            "  -q, --quiet           Print nothing on stderr but the errors.",
            "  -t, --threads=N       Annotate N articles at a time, sharing one pipeline;",
            "  -v, --verbose         Print a line per input and the pipeline's log.",
            "  -V, --version         Print version information and exit."};
        int at = -1;
        for (String line : expected) {
            int next = help.indexOf(line + System.lineSeparator(), at + 1);
            assertTrue(next > at, "missing or out of order: " + line + "\n" + help);
            at = next;
        }
    }

    @Test
    void wrapBreaksAtBlanksOnlyAndKeepsLongWordsWhole() {
        assertEquals(List.of("a *.html", "file"), HelpText.wrap("a *.html file", 9));
        assertEquals(List.of("see", "out/a-very-long-name.json", "now"),
                HelpText.wrap("see out/a-very-long-name.json now", 8));
        assertEquals(List.of("two  blanks kept"), HelpText.wrap("two  blanks kept", 40));
        assertEquals(List.of(""), HelpText.wrap("", 40));
    }
}
