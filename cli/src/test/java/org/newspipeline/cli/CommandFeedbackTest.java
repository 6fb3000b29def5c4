package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspipeline.NewsPipeline;

/** What the command tells the user while it works: inputs checked first, the loading line, progress, summary. */
class CommandFeedbackTest {

    @TempDir
    Path tmp;

    @Test
    void missingFilesAreReportedBeforeTheModelsLoad() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        Path missing = tmp.resolve("missing.txt");
        AtomicInteger loads = new AtomicInteger();
        CliRunner.Outcome run = new CliRunner().pipeline(() -> {
            loads.incrementAndGet();
            return NewsPipeline.defaultPipeline();
        }).stderrIsTerminal(true).run("annotate", "--format", "jsonl", missing.toString(), a.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, loads.get());
        int reported = run.err().indexOf(missing + ": no such file");
        int loading = run.err().indexOf("Loading the language models...");
        assertTrue(reported >= 0 && loading > reported, run.err());
        assertTrue(run.out().contains("\"file\""), "the other input is annotated");
    }

    @Test
    void noModelIsLoadedWhenNoInputCanBeRead() {
        AtomicInteger loads = new AtomicInteger();
        CliRunner.Outcome run = new CliRunner().pipeline(() -> {
            loads.incrementAndGet();
            return NewsPipeline.defaultPipeline();
        }).run("annotate", tmp.resolve("one.txt").toString(), tmp.resolve("two.txt").toString());

        assertEquals(1, run.exitCode());
        assertEquals(0, loads.get(), run.err());
        assertTrue(run.err().contains("one.txt: no such file") && run.err().contains("two.txt: no such file"),
                run.err());
        assertTrue(run.err().contains("Annotated 0 of 2 inputs (2 failed): 0 quotes in "), run.err());
    }

    @Test
    void aLoadingLineOnATerminalOnly() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        CliRunner.Outcome terminal = new CliRunner().stderrIsTerminal(true).run("annotate", a.toString());
        assertTrue(Pattern.compile("^Loading the language models\\.\\.\\. done \\(\\d+\\.\\d s\\)\\R")
                .matcher(terminal.err()).find(), terminal.err());

        CliRunner.Outcome piped = new CliRunner().run("annotate", a.toString());
        assertFalse(piped.err().contains("Loading"), piped.err());
        CliRunner.Outcome quiet = new CliRunner().stderrIsTerminal(true).run("annotate", "-q", a.toString());
        assertEquals("", quiet.err());
    }

    @Test
    void theSummaryGivesTheTotalTimeAndTheTimePerArticle() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        Path b = Files.writeString(tmp.resolve("b.txt"), Articles.LIBRARY);
        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "jsonl", a.toString(), b.toString());
        assertTrue(Pattern.compile("Annotated 2 of 2 inputs: \\d+ quotes? in \\d+\\.\\d s "
                + "\\(\\d+\\.\\d s loading the models, \\d+\\.\\d\\d s per article\\)").matcher(run.err()).find(),
                run.err());
    }

    @Test
    void summaryLine() {
        assertEquals("Annotated 84 of 85 inputs (1 failed): 512 quotes in 26.1 s (3.2 s loading the models, "
                + "0.27 s per article), written to out", AnnotateCommand.summary(84, 85, 1, 512, 26.1, 3.2,
                22.9, Path.of("out")));
        assertEquals("Annotated 1 of 1 inputs: 1 quote in 4.0 s (3.5 s loading the models, 0.50 s per article)",
                AnnotateCommand.summary(1, 1, 0, 1, 4.0, 3.5, 0.5, null));
        assertEquals("Annotated 0 of 1 inputs (1 failed): 0 quotes in 0.1 s",
                AnnotateCommand.summary(0, 1, 1, 0, 0.1, 0.0, 0.1, null));
    }

    @Test
    void theProgressBarFitsANarrowTerminal() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 4; i++) {
            Files.writeString(in.resolve("article" + i + ".txt"), i % 2 == 0 ? Articles.BRIDGE : Articles.LIBRARY);
        }
        CliRunner.Outcome run = new CliRunner().stderrIsTerminal(true).columns(30)
                .run("annotate", "--format", "jsonl", in.toString());
        assertTrue(run.err().contains("\r"), run.err());
        for (String line : run.err().split("\\R")) {
            for (String drawn : line.split("\r")) {
                if (drawn.contains("articles")) {
                    assertTrue(drawn.length() <= 29, "[" + drawn + "]");
                }
            }
        }
    }

    @Test
    void theTerminalWidthComesFromColumnsThenTheTerminalThen80() {
        assertEquals(60, Terminal.columns(Map.of("COLUMNS", "60"), () -> OptionalInt.of(100)));
        assertEquals(100, Terminal.columns(Map.of("COLUMNS", "wide"), () -> OptionalInt.of(100)));
        assertEquals(100, Terminal.columns(Map.of(), () -> OptionalInt.of(100)));
        assertEquals(80, Terminal.columns(Map.of("COLUMNS", "0"), OptionalInt::empty));
    }

    @Test
    void aUsageErrorIsOneLineThatPointsToTheHelp() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        for (String[] args : List.of(new String[] {"annotate", "--no-such-option", a.toString()},
                new String[] {"annotate"}, new String[] {"annotate", "--threads", "x", a.toString()},
                new String[] {})) {
            CliRunner.Outcome run = new CliRunner().run(args);
            assertEquals(2, run.exitCode());
            String[] lines = run.err().split("\\R");
            assertEquals(1, lines.length, run.err());
            assertTrue(lines[0].endsWith(" --help')"), run.err());
        }
    }
}
