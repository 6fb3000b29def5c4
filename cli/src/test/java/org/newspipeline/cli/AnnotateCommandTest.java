package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void badFileAmongGoodOnesIsReportedAndTheOthersAreWritten() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("bridge.txt"), Articles.BRIDGE);
        Files.writeString(in.resolve("library.txt"), Articles.LIBRARY);
        Files.write(in.resolve("broken.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0, 'x'});
        Files.writeString(in.resolve("notes.md"), "Not an article: the default glob leaves it out.");
        Path out = tmp.resolve("out");

        CliRunner.Outcome run = new CliRunner().run("annotate", "--out", out.toString(), in.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.txt") && run.err().contains("binary"), run.err());
        assertTrue(run.err().contains("2 of 3 inputs (1 failed)"), run.err());
        assertEquals(List.of("bridge.json", "library.json"), fileNames(out));
        JsonNode bridge = JSON.readTree(out.resolve("bridge.json").toFile());
        assertEquals(Articles.BRIDGE, bridge.get("text").asText());
        JsonNode quote = bridge.get("quotes").get(0);
        assertTrue(quote.get("text").asText().startsWith("The bridge has stood for a hundred years"));
        assertEquals("Anna Berg", quote.get("speaker").get("name").asText());
        int start = quote.get("start").asInt();
        assertEquals(Articles.BRIDGE.indexOf("The bridge has stood"), start);
        assertEquals(quote.get("text").asText(), Articles.BRIDGE.substring(start, quote.get("end").asInt()));
        assertEquals("Peter Holm", JSON.readTree(out.resolve("library.json").toFile())
                .get("quotes").get(0).get("speaker").get("name").asText());
    }

    @Test
    void missingFileIsReportedByNameWhileTheOthersGoOn() throws IOException {
        Path good = Files.writeString(tmp.resolve("bridge.txt"), Articles.BRIDGE);
        Path missing = tmp.resolve("missing.txt");

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "jsonl", missing.toString(),
                good.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.out().contains("Anna Berg"));
    }

    @Test
    void stdinGivesOneCsvRowPerQuote() {
        CliRunner.Outcome run = new CliRunner().stdin(Articles.BRIDGE).run("annotate", "--format", "quotes-csv", "-");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals(String.join(",", QuotesCsvRenderer.HEADER), lines.get(0));
        String row = lines.get(1);
        int start = Articles.BRIDGE.indexOf("The bridge has stood");
        int end = Articles.BRIDGE.indexOf("\" said Anna Berg");
        assertTrue(row.startsWith("-,\"The bridge has stood for a hundred years and it will stand for a hundred "
                + "more,\",Anna Berg,PERSON,Anna Berg,said," + start + "," + end + ","), row);
        assertEquals("", run.err());
    }

    @Test
    void stdinGivesOneCsvRowPerAttribution() {
        CliRunner.Outcome run = new CliRunner().stdin(Articles.BRIDGE)
                .run("annotate", "--format", "attributions-csv", "-");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(String.join(",", AttributionsCsvRenderer.HEADER), lines.get(0));
        int start = Articles.BRIDGE.indexOf("The bridge has stood");
        assertTrue(lines.stream().anyMatch(row -> row.startsWith("-,DIRECT,\"The bridge has stood for a hundred years")
                && row.contains(",Anna Berg,PERSON,Anna Berg,said," + start + ",")), run.out());
        assertEquals("", run.err());
    }

    @Test
    void threadsKeepTheInputOrder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), Articles.BRIDGE);
        Files.writeString(in.resolve("b.txt"), Articles.LIBRARY);
        Files.writeString(in.resolve("c.txt"), Articles.FERRY);
        Files.writeString(in.resolve("d.txt"), Articles.LIBRARY);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--threads", "3", "--format", "jsonl", in.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = run.out().lines().map(AnnotateCommandTest::parse).toList();
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.txt"),
                lines.stream().map(l -> Path.of(l.get("file").asText()).getFileName().toString()).toList());
        assertEquals(List.of("Anna Berg", "Peter Holm", "Karin Lund", "Peter Holm"), lines.stream()
                .map(l -> l.get("quotes").get(0).get("speaker").get("name").asText()).toList());
    }

    @Test
    void withoutThreadsTwoCoresAnnotateTwoArticlesAtATime() throws IOException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two processor cores");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "One article.");
        Files.writeString(in.resolve("b.txt"), "Another article.");
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicInteger metAnother = new AtomicInteger();
        StubAnnotator annotator = new StubAnnotator(text -> {
            bothStarted.countDown();
            try {
                if (bothStarted.await(10, TimeUnit.SECONDS)) {
                    metAnother.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });

        CliRunner.Outcome run = new CliRunner().annotator(annotator).run("annotate", "--format", "jsonl",
                in.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, metAnother.get(), "each article should be annotated while the other one is");
        assertEquals(2, run.out().lines().count(), run.out());
    }

    @Test
    void htmlPageIsReadAsItsVisibleText() throws IOException {
        Path page = Files.writeString(tmp.resolve("bridge.html"), """
                <html><head><title>Bridge</title><script>var s = "not a quote," said nobody;</script></head>
                <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
                <h1>Town votes to keep its old bridge</h1>
                <p>The town council voted on Monday to repair the old bridge rather than build a new one.</p>
                <p>&ldquo;The bridge has stood for a hundred years,&rdquo; said <b>Anna Berg</b>, the mayor.</p>
                </body></html>
                """);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "json", page.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = parse(run.out());
        assertFalse(article.get("text").asText().contains("not a quote"));
        assertTrue(article.get("text").asText().contains("\u201cThe bridge has stood for a hundred years,\u201d "
                + "said Anna Berg, the mayor."));
        assertEquals(1, article.get("quotes").size());
        assertEquals("Anna Berg", article.get("quotes").get(0).get("speaker").get("name").asText());
    }

    @Test
    void htmlFormatIsOneSelfContainedPageWithTheQuoteInItsSpeakersColour() throws IOException {
        Path file = Files.writeString(tmp.resolve("bridge.txt"), Articles.BRIDGE);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "html", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        String page = run.out();
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<mark id=\"q-0\" class=\"quote s0\" data-rule=\"CUE_AFTER_QUOTE\" "
                + "title=\"Anna Berg (person)\nnamed after the quote"), page);
        assertTrue(page.contains("<span class=\"cue s0\" title=\"cue\">said</span>"));
        assertFalse(page.contains("src=") || page.contains("<link") || page.contains("<script")
                || page.contains("@import"));
    }

    @Test
    void htmlToStdoutRefusesSeveralArticles() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        Path b = Files.writeString(tmp.resolve("b.txt"), Articles.LIBRARY);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "html", a.toString(), b.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
    }

    @Test
    void htmlFormatWithOutWritesOnePagePerArticle() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(in.resolve("a.txt"), Articles.BRIDGE);
        Files.writeString(tmp.resolve("in/b.txt"), Articles.LIBRARY);
        Path out = tmp.resolve("pages");

        CliRunner.Outcome run = new CliRunner().run("annotate", "-q", "--format", "html", "--out", out.toString(),
                tmp.resolve("in").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(Files.readString(out.resolve("sub/a.html")).contains("Anna Berg"));
        assertTrue(Files.readString(out.resolve("b.html")).contains("Peter Holm"));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        CliRunner runner = new CliRunner();
        assertEquals(2, runner.run("annotate", "--no-such-option", a.toString()).exitCode());
        assertEquals(2, runner.run("annotate").exitCode());
        assertEquals(2, runner.run("annotate", "--format", "xml", a.toString()).exitCode());
        assertEquals(2, runner.run("annotate", "--threads", "0", a.toString()).exitCode());
        assertEquals(2, runner.run("annotate", "--quiet", "--verbose", a.toString()).exitCode());
        assertEquals(2, runner.run("annotate", "-", "-").exitCode());
        CliRunner.Outcome csvToFolder = runner.run("annotate", "--format", "quotes-csv", "--out",
                tmp.resolve("o").toString(), a.toString());
        assertEquals(2, csvToFolder.exitCode());
        assertTrue(csvToFolder.err().contains("with --out use json or html"), csvToFolder.err());
        assertEquals(2, runner.run().exitCode());
    }

    @Test
    void twoInputsWithTheSameOutputNameAreAUsageError() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("story.txt"), Articles.BRIDGE);
        Files.writeString(in.resolve("story.html"), "<p>" + Articles.LIBRARY + "</p>");

        CliRunner.Outcome run = new CliRunner().run("annotate", "--out", tmp.resolve("o").toString(), in.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("would both be written as 'story'"), run.err());
    }

    @Test
    void versionAndHelpWithExamples() {
        CliRunner.Outcome version = new CliRunner().run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("(?s)news-pipeline \\d+\\.\\d+\\.\\d+.*Stanford CoreNLP \\d.*"),
                version.out());

        CliRunner.Outcome help = new CliRunner().run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Examples:") && help.out().contains("annotate --out out/ articles/"));

        CliRunner.Outcome annotateHelp = new CliRunner().run("annotate", "--help");
        assertEquals(0, annotateHelp.exitCode());
        assertTrue(annotateHelp.out().contains("quotes-csv") && annotateHelp.out().contains("Examples:"));
        assertTrue(annotateHelp.out().contains("Exit status: 0 all inputs annotated, 1 some failed"));
    }

    @Test
    void progressBarOnlyWhenStderrIsATerminalAndThereAreSeveralInputs() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        Path b = Files.writeString(tmp.resolve("b.txt"), Articles.LIBRARY);

        CliRunner.Outcome terminal = new CliRunner().stderrIsTerminal(true)
                .run("annotate", "--format", "jsonl", a.toString(), b.toString());
        assertTrue(terminal.err().contains("\r[") && terminal.err().contains("] 2/2 articles"), terminal.err());

        CliRunner.Outcome piped = new CliRunner().stderrIsTerminal(false)
                .run("annotate", "--format", "jsonl", a.toString(), b.toString());
        assertFalse(piped.err().contains("\r"), piped.err());

        CliRunner.Outcome single = new CliRunner().stderrIsTerminal(true).run("annotate", a.toString());
        assertFalse(single.err().contains("\r"), single.err());

        CliRunner.Outcome quiet = new CliRunner().stderrIsTerminal(true)
                .run("annotate", "-q", "--format", "jsonl", a.toString(), b.toString());
        assertEquals("", quiet.err());
    }

    @Test
    void cancelledRunStopsWithoutWritingAndExits130() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), Articles.BRIDGE);
        Path out = tmp.resolve("out");
        Cancellation cancellation = Cancellation.manual();
        cancellation.cancel();

        CliRunner.Outcome run = new CliRunner().cancellation(cancellation)
                .run("annotate", "--out", out.toString(), a.toString());

        assertEquals(AnnotateCommand.EXIT_INTERRUPTED, run.exitCode());
        assertTrue(run.err().contains("interrupted after 0 of 1 inputs"), run.err());
        assertEquals(List.of(), fileNames(out));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
