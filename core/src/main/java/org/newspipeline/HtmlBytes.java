package org.newspipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes as a browser does: a byte order mark decides first; then the charset the page declares
 * in its first {@value #PRESCAN_BYTES} bytes ({@code <meta charset="...">} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">}); then UTF-8 when the bytes are valid UTF-8,
 * else windows-1252, the web's legacy default. As in browsers, a declared ISO-8859-1 or US-ASCII is read as
 * windows-1252, its superset. No page is refused: bytes a charset cannot map become U+FFFD.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlBytes {

    /** How far into the page a charset declaration is looked for, as the HTML standard's prescan does. */
    static final int PRESCAN_BYTES = 1024 * 5;

    private static final Pattern META = Pattern.compile("(?is)<meta\\b[^>]*>");
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.()+-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlBytes() {
    }

    /**
     * @param bytes the page as served
     * @return its text
     * @throws NullPointerException if {@code bytes} is null
     */
    public static String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        return new String(bytes, charset(bytes));
    }

    /**
     * Reads a page to its end and decodes it as {@link #decode(byte[])} does. The stream is not closed.
     *
     * @param in the page as served
     * @return its text
     * @throws NullPointerException if {@code in} is null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static String decode(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        try {
            return decode(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the page", e);
        }
    }

    /**
     * @param bytes the page as served
     * @return the charset a browser would read it in; a BOM is decoded by it as U+FEFF, which HTML parsing skips
     */
    public static Charset charset(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes must not be null");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            return declared;
        }
        return validUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** The charset a {@code <meta>} tag in the prescan declares, if Java knows it; null otherwise. */
    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher m = CHARSET.matcher(meta.group());
            if (m.find()) {
                Charset c = byName(m.group(1));
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Charset byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        if (n.startsWith("utf-16")) {
            // a page that could be read to find this declaration is not UTF-16, whatever it says
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
