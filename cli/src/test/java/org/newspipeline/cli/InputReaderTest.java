package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path tmp;

    private final InputReader reader = new InputReader(100);

    @Test
    void textIsReadAsUtf8Unchanged() throws Exception {
        String text = "\ufeffCaf\u00e9 \u201cquoted\u201d\r\nsecond line \ud83d\ude00\n";
        Path file = Files.writeString(tmp.resolve("a.txt"), text);

        assertEquals(text, reader.read(file(file), NO_STDIN));
    }

    @Test
    void stdinIsRead() throws Exception {
        Input stdin = new Input(Input.STDIN, Optional.empty(), "stdin", false);
        InputStream in = new ByteArrayInputStream("\"Yes,\" she said.".getBytes(StandardCharsets.UTF_8));

        assertEquals("\"Yes,\" she said.", reader.read(stdin, in));
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path file = Files.write(tmp.resolve("a.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1});

        assertEquals("binary file (contains NUL bytes), not text", reason(file(file)));
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() throws IOException {
        Path file = Files.write(tmp.resolve("a.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("not UTF-8 text (convert it to UTF-8 first)", reason(file(file)));
    }

    @Test
    void htmlPageIsReadInTheCharsetItDeclares() throws Exception {
        String page = "<meta charset=\"windows-1250\"><p>\u0160\u010d\u0159</p>";
        Path file = Files.write(tmp.resolve("a.html"), page.getBytes("windows-1250"));
        Input html = new Input(file.toString(), Optional.of(file), "a", true);

        assertEquals(page, reader.read(html, NO_STDIN));
    }

    @Test
    void undeclaredLatin1HtmlPageIsReadNotRefused() throws Exception {
        Path file = Files.write(tmp.resolve("a.html"), "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
        Input html = new Input(file.toString(), Optional.of(file), "a", true);

        assertEquals("<p>Caf\u00e9</p>", reader.read(html, NO_STDIN));
    }

    @Test
    void fileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.txt"), "x".repeat(101));

        assertEquals("too large: 101 bytes, the limit is 100", reason(file(file)));
    }

    @Test
    void stdinOverTheLimitIsRefused() {
        Input stdin = new Input(Input.STDIN, Optional.empty(), "stdin", false);
        InputStream in = new ByteArrayInputStream(new byte[150]);

        InputException e = assertThrows(InputException.class, () -> reader.read(stdin, in));
        assertEquals("too large: more than 100 bytes", e.getMessage());
    }

    @Test
    void missingFileAndFolderAreRefused() throws IOException {
        assertEquals("no such file", reason(file(tmp.resolve("missing.txt"))));
        assertEquals("is a folder", reason(file(Files.createDirectory(tmp.resolve("dir.txt")))));
    }

    private String reason(Input input) {
        return assertThrows(InputException.class, () -> reader.read(input, NO_STDIN)).getMessage();
    }

    private static Input file(Path path) {
        return new Input(path.toString(), Optional.of(path), "a", false);
    }
}
