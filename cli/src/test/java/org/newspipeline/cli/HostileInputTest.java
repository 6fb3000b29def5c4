package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newspipeline.model.Article;

/** The command with file names, special files and links that an attacker or a careless crawler would give it. */
class HostileInputTest {

    @TempDir
    Path tmp;

    @Test
    void fileNamesCannotLeadOutputsOutOfTheOutputFolder() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("a/b/c/in/sub"));
        Files.writeString(in.resolve("!first.txt"), Articles.BRIDGE);
        Files.writeString(in.resolve("..\\..\\..\\..\\ESCAPED.txt"), Articles.LIBRARY);
        Files.writeString(in.resolve("..\\..\\..\\..\\a\\b\\settings.txt"), Articles.FERRY);
        Path settings = Files.writeString(tmp.resolve("a/b/settings.json"), "{\"keep\": true}");
        Path out = tmp.resolve("a/b/c/out");

        CliRunner.Outcome run = new CliRunner().run("annotate", "--out", out.toString(),
                tmp.resolve("a/b/c/in").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("{\"keep\": true}", Files.readString(settings));
        List<Path> written = files(tmp).stream().filter(p -> p.toString().endsWith(".json")).toList();
        assertEquals(4, written.size(), written.toString());
        for (Path p : written) {
            assertTrue(p.startsWith(out) || p.equals(settings), p + " lies outside " + out);
        }
        assertTrue(Files.exists(out.resolve("sub/..%5C..%5C..%5C..%5CESCAPED.json")), written.toString());
    }

    @Test
    void outputNamesEscapeSeparatorsDotsAndControlCharacters() {
        assertEquals("%2E%2E", OutputNames.component(".."));
        assertEquals("..%5C..%5Cx", OutputNames.component("..\\..\\x"));
        assertEquals("a%0Ab%25c%3A", OutputNames.component("a\nb%c:"));
        assertEquals("%2E/%2E%2E/x", OutputNames.of(Path.of("./../x")));
        assertEquals("report", OutputNames.component("report"));
    }

    @Test
    void folderSinkRefusesATargetOutsideItsFolder() throws IOException {
        FolderSink sink = new FolderSink(tmp.resolve("out"), ArticleFormat.JSON);
        Input escaping = new Input("x", Optional.of(tmp.resolve("x.txt")), "../../x", false);

        IOException e = assertThrows(IOException.class, () -> sink.write(escaping, Article.empty("x")));
        assertTrue(e.getMessage().contains("would leave the output folder"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x.json")) || Files.exists(tmp.getParent().resolve("x.json")));
    }

    @Test
    void linkInsideTheOutputFolderIsNotFollowedOut() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);
        FolderSink sink = new FolderSink(out, ArticleFormat.JSON);

        IOException e = assertThrows(IOException.class, () -> sink.write(
                new Input("x", Optional.of(tmp.resolve("x.txt")), "sub/x", false), Article.empty("x")));
        assertTrue(e.getMessage().contains("leads out of the output folder"), e.getMessage());
        assertEquals(List.of(), files(elsewhere));
    }

    @Test
    void fifoIsReportedAndDoesNotBlockTheBatch() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assumeTrue(makeFifo(fifo), "mkfifo is not available here");
        Path good = Files.writeString(tmp.resolve("bridge.txt"), Articles.BRIDGE);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "jsonl", fifo.toString(),
                good.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(fifo + ": not a regular file"), run.err());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void fifoInsideAFolderIsReportedToo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        assumeTrue(makeFifo(in.resolve("pipe.txt")), "mkfifo is not available here");
        Files.writeString(in.resolve("bridge.txt"), Articles.BRIDGE);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "jsonl", in.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("pipe.txt: not a regular file"), run.err());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void deviceIsRefusedWithoutReadingIt() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path good = Files.writeString(tmp.resolve("bridge.txt"), Articles.BRIDGE);

        CliRunner.Outcome run = new CliRunner().run("annotate", "--format", "jsonl", zero.toString(),
                good.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("/dev/zero: not a regular file"), run.err());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void streamLongerThanTheLimitIsRefusedAfterReadingOneByteMore() {
        InputReader reader = new InputReader(10);
        Input stdin = new Input(Input.STDIN, Optional.empty(), "stdin", false);
        CountingStream endless = new CountingStream();

        InputException e = assertThrows(InputException.class, () -> reader.read(stdin, endless));
        assertEquals("too large: more than 10 bytes", e.getMessage());
        assertEquals(11, endless.read);
    }

    @Test
    void outThatIsAFileIsAUsageErrorBeforeTheModelsLoad() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.json"), "{}");
        Path good = Files.writeString(tmp.resolve("bridge.txt"), Articles.BRIDGE);

        CliRunner.Outcome run = new CliRunner().pipeline(() -> {
            throw new AssertionError("the pipeline must not be built");
        }).run("annotate", "--out", file.toString(), good.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--out " + file + " is a file, not a folder"), run.err());
        assertEquals("{}", Files.readString(file));
    }

    @Test
    void linksToFilesAndFoldersAreFollowedEachFileOnceAndLoopsReported() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("library.txt"), Articles.LIBRARY);
        Files.writeString(in.resolve("bridge.txt"), Articles.BRIDGE);
        Files.createSymbolicLink(in.resolve("bridge-again.txt"), in.resolve("bridge.txt"));
        Files.createSymbolicLink(in.resolve("linked"), real);
        Files.createSymbolicLink(real.resolve("loop"), in);

        List<Input> inputs = new InputCollector(InputCollector.DEFAULT_GLOB, false).collect(List.of(in.toString()));

        List<String> stems = inputs.stream().map(Input::stem).toList();
        assertEquals(1, stems.stream().filter(s -> s.startsWith("bridge")).count(), stems.toString());
        assertTrue(stems.contains("linked/library"), stems.toString());
        assertTrue(inputs.stream().anyMatch(i -> i.problem().orElse("").contains("leads back")), inputs.toString());
    }

    @Test
    void linkedFolderGivenAsInputIsWalked() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("bridge.txt"), Articles.BRIDGE);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);

        List<Input> inputs = new InputCollector(InputCollector.DEFAULT_GLOB, false).collect(List.of(link.toString()));

        assertEquals(List.of("bridge"), inputs.stream().map(Input::stem).toList());
    }

    @Test
    void stackOverflowInOneArticleIsReportedAndTheOthersGoOn() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String name : List.of("a", "deep", "c")) {
            Path p = Files.writeString(tmp.resolve(name + ".txt"), "Text of " + name + ".");
            inputs.add(new Input(p.toString(), Optional.of(p), name, false));
        }
        BatchAnnotator batch = new BatchAnnotator(new StubAnnotator(
                text -> text.contains("deep") ? new StackOverflowError() : null),
                new InputReader(1000), InputStream.nullInputStream(), 2, Cancellation.manual());
        List<Result> results = new ArrayList<>();

        assertTrue(batch.run(inputs, results::add));

        assertEquals(List.of(true, false, true), results.stream().map(r -> r.article().isPresent()).toList());
        assertTrue(results.get(1).error().orElseThrow().contains("StackOverflowError"));
    }

    @Test
    void anyFailureOfOneArticleIsReportedWithItsNameAndTheOthersAreWritten() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "A plain article.");
        Files.writeString(in.resolve("deep.txt"), "deep");
        Files.writeString(in.resolve("memory.txt"), "memory");
        Files.writeString(in.resolve("assert.txt"), "assert");
        Files.writeString(in.resolve("checked.txt"), "checked");
        Files.writeString(in.resolve("z.txt"), "The last article.");
        StubAnnotator annotator = new StubAnnotator(text -> switch (text) {
            case "deep" -> new StackOverflowError();
            case "memory" -> new OutOfMemoryError("Java heap space");
            case "assert" -> new AssertionError("a broken invariant");
            case "checked" -> new IOException("thrown through");
            default -> null;
        });

        CliRunner.Outcome run = new CliRunner().annotator(annotator).run("annotate", "--threads", "2",
                "--format", "jsonl", in.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(in.resolve("deep.txt") + ": annotation failed: java.lang.StackOverflowError"),
                run.err());
        assertTrue(run.err().contains(in.resolve("memory.txt") + ": annotation failed: java.lang.OutOfMemoryError"),
                run.err());
        assertTrue(run.err().contains(in.resolve("assert.txt") + ": annotation failed: java.lang.AssertionError"),
                run.err());
        assertTrue(run.err().contains(in.resolve("checked.txt") + ": annotation failed: java.io.IOException"),
                run.err());
        assertTrue(run.err().contains("Annotated 2 of 6 inputs (4 failed)"), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains("a.txt") && lines.get(1).contains("z.txt"), run.out());
    }

    @Test
    void htmlPagesStayInsideTheOutputFolderToo() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("a/b/in/sub"));
        Files.writeString(in.resolve("..\\..\\..\\ESCAPED.txt"), "An article.");
        Files.writeString(in.resolve("..html"), "<p>A page named dot-dot.</p>");
        Path out = tmp.resolve("a/b/out");

        CliRunner.Outcome run = new CliRunner().annotator(new StubAnnotator(text -> null)).run("annotate",
                "--format", "html", "--out", out.toString(), tmp.resolve("a/b/in").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<Path> written = files(tmp).stream().filter(p -> p.toString().endsWith(".html")
                && !p.startsWith(tmp.resolve("a/b/in"))).toList();
        assertEquals(List.of(out.resolve("sub/%2E.html"), out.resolve("sub/..%5C..%5C..%5CESCAPED.html")), written);
    }

    @Test
    void controlCharactersInANameArePrintedEscapedOnOneLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("evil\n\u001b[2Jname.txt"), "boom");

        CliRunner.Outcome run = new CliRunner().annotator(new StubAnnotator(
                text -> new IllegalStateException("failed on purpose"))).run("annotate", in.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("evil\\n\\x1B[2Jname.txt: annotation failed"), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("name.txt")).count(), run.err());
    }

    @Test
    void unreadableFolderIsAUsageErrorBeforeTheModelsLoad() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "An article.");
        assumeTrue(in.toFile().setReadable(false, false) && !Files.isReadable(in),
                "permissions are not enforced here (running as root?)");
        try {
            CliRunner.Outcome run = new CliRunner().pipeline(() -> {
                throw new AssertionError("the pipeline must not be built");
            }).run("annotate", in.toString());

            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("cannot read folder " + in + ": permission denied"), run.err());
        } finally {
            in.toFile().setReadable(true, false);
        }
    }

    @Test
    void outFolderThatCannotBeWrittenIsAUsageErrorBeforeTheModelsLoad() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path good = Files.writeString(tmp.resolve("a.txt"), "An article.");
        assumeTrue(out.toFile().setWritable(false, false) && !Files.isWritable(out),
                "permissions are not enforced here (running as root?)");
        try {
            CliRunner.Outcome run = new CliRunner().pipeline(() -> {
                throw new AssertionError("the pipeline must not be built");
            }).run("annotate", "--out", out.toString(), good.toString());

            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot write into the --out folder"), run.err());
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    @Test
    void outBelowAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path good = Files.writeString(tmp.resolve("a.txt"), "An article.");

        CliRunner.Outcome run = new CliRunner().pipeline(() -> {
            throw new AssertionError("the pipeline must not be built");
        }).run("annotate", "--out", file.resolve("out").toString(), good.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("cannot create the --out folder"), run.err());
    }

    @Test
    void pipelineThatFailsToLoadIsOneMessageNotAStackTrace() throws IOException {
        Path good = Files.writeString(tmp.resolve("a.txt"), "An article.");

        CliRunner.Outcome run = new CliRunner().pipeline(() -> {
            throw new IllegalStateException("the models could not be read");
        }).run("annotate", good.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertEquals("news-pipeline: cannot load the pipeline: java.lang.IllegalStateException: the models could not "
                + "be read", run.err().strip());
    }

    @Test
    void deviceSocketAndDanglingLinkMetInAFolderAreReportedAndTheOthersGoOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "An article.");
        Files.createSymbolicLink(in.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
        boolean device = Files.exists(Path.of("/dev/zero"));
        if (device) {
            Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
        }
        Path socketPath = in.resolve("socket.txt");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(socketPath));

            CliRunner.Outcome run = new CliRunner().annotator(new StubAnnotator(text -> null))
                    .run("annotate", "--format", "jsonl", in.toString());

            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains(socketPath + ": not a regular file"), run.err());
            assertTrue(run.err().contains(in.resolve("gone.txt") + ": a link to a file that does not exist"),
                    run.err());
            if (device) {
                assertTrue(run.err().contains(in.resolve("zero.txt") + ": not a regular file"), run.err());
            }
            assertEquals(1, run.out().lines().count(), run.out());
            assertTrue(run.out().contains("a.txt"), run.out());
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no Unix domain sockets here");
        }
    }

    private static boolean makeFifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A stream of endless zeros that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
