package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
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
        assertTrue(run.err().startsWith("--out " + file + " is a file, not a folder"), run.err());
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
        BatchAnnotator batch = new BatchAnnotator((input, content) -> {
            if (input.stem().equals("deep")) {
                throw new StackOverflowError();
            }
            return Article.empty(content);
        }, new InputReader(1000), InputStream.nullInputStream(), 2, Cancellation.manual());
        List<Result> results = new ArrayList<>();

        assertTrue(batch.run(inputs, results::add));

        assertEquals(List.of(true, false, true), results.stream().map(r -> r.article().isPresent()).toList());
        assertTrue(results.get(1).error().orElseThrow().contains("StackOverflowError"));
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
