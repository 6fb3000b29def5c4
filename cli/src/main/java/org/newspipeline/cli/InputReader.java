package org.newspipeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.newspipeline.HtmlBytes;

/**
 * Reads an input as text: an HTML page from its bytes in the charset it declares, as a browser does (see
 * {@link HtmlBytes}); any other input as UTF-8 text, refusing what cannot be an article with a reason: a missing or unreadable file,
 * something that is not a regular file (a folder, a fifo, a device, a socket: checked before it is opened, so
 * nothing blocks), a file larger than the limit, a binary file (one with a NUL byte), bytes of a text input that are not
 * UTF-8. The
 * size is checked on the bytes actually read, never more than the limit plus one, so no input makes the reader
 * hold more than the limit. The text is returned as it is (no BOM or line ending removed), so offsets in the
 * output count from the file's first character. Stateless and thread-safe.
 */
final class InputReader {

    private final long maxBytes;

    /** @param maxBytes the largest input, in bytes, that is read */
    InputReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param input the input
     * @param stdin what standard input reads
     * @return its text
     * @throws InputException with the reason, if it cannot be read or is not text
     */
    String read(Input input, InputStream stdin) throws InputException {
        if (input.problem().isPresent()) {
            throw new InputException(input.problem().get());
        }
        byte[] bytes = input.path().isPresent() ? readFile(input.path().get()) : readStream(stdin);
        return input.html() ? HtmlBytes.decode(bytes) : decode(bytes);
    }

    /**
     * Checks, without opening it, what can be known of an input before it is read: that the file exists, is a
     * regular file and is readable; the command reports these problems before the models load.
     *
     * @param input the input
     * @throws InputException with the reason, if it cannot be read
     */
    static void check(Input input) throws InputException {
        if (input.problem().isPresent()) {
            throw new InputException(input.problem().get());
        }
        if (input.path().isEmpty()) {
            return;
        }
        Path path = input.path().get();
        try {
            attributes(path);
        } catch (IOException e) {
            throw reason(path, e);
        }
        if (!Files.isReadable(path)) {
            throw new InputException("cannot read: permission denied");
        }
    }

    /** @return the attributes of a regular file; anything else is refused with the reason */
    private static BasicFileAttributes attributes(Path path) throws IOException, InputException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new InputException(Files.isReadable(path) ? "is a folder"
                    : "cannot read folder: permission denied");
        }
        if (!attrs.isRegularFile()) {
            throw new InputException("not a regular file (a fifo, a device or a socket), skipped");
        }
        return attrs;
    }

    private static InputException reason(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InputException(Files.isSymbolicLink(path) ? "a link to a file that does not exist"
                    : "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new InputException("cannot read: permission denied");
        }
        return new InputException("cannot read: " + e.getMessage());
    }

    private byte[] readFile(Path path) throws InputException {
        try {
            BasicFileAttributes attrs = attributes(path);
            if (attrs.size() > maxBytes) {
                throw new InputException("too large: " + attrs.size() + " bytes, the limit is " + maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return bounded(in, "too large: more than " + maxBytes + " bytes");
            }
        } catch (IOException e) {
            throw reason(path, e);
        }
    }

    /** Reads at most the limit plus one byte; more than the limit is refused. */
    private byte[] bounded(InputStream in, String tooLarge) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InputException(tooLarge);
        }
        return bytes;
    }

    private byte[] readStream(InputStream in) throws InputException {
        try {
            return bounded(in, "too large: more than " + maxBytes + " bytes");
        } catch (IOException e) {
            throw new InputException("cannot read standard input: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) throws InputException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException("binary file (contains NUL bytes), not text");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("not UTF-8 text (convert it to UTF-8 first)");
        }
    }
}
