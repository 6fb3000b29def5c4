package org.newspipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void metaCharsetDecides() {
        String page = "<html><head><meta charset='windows-1250'></head><body>\u0141\u00f3d\u017a</body></html>";
        assertEquals(page, HtmlBytes.decode(bytes(page, "windows-1250")));
    }

    @Test
    void httpEquivContentTypeDecides() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>\u0159</p>";
        assertEquals(Charset.forName("ISO-8859-2"), HtmlBytes.charset(bytes(page, "ISO-8859-2")));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252() {
        byte[] page = "<meta charset=iso-8859-1><p>\u20ac 5</p>".getBytes(CP1252);
        assertEquals(CP1252, HtmlBytes.charset(page));
        assertEquals("<meta charset=iso-8859-1><p>\u20ac 5</p>", HtmlBytes.decode(page));
    }

    @Test
    void byteOrderMarkWinsOverDeclaration() {
        byte[] body = "<meta charset=windows-1252><p>\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);
        assertEquals(StandardCharsets.UTF_8, HtmlBytes.charset(page));
    }

    @Test
    void undeclaredPageIsUtf8WhenItCanBe() {
        assertEquals("<p>caf\u00e9 \u201cx\u201d</p>",
                HtmlBytes.decode(new ByteArrayInputStream(bytes("<p>caf\u00e9 \u201cx\u201d</p>", "UTF-8"))));
    }

    @Test
    void undeclaredPageThatIsNotUtf8IsWindows1252() {
        assertEquals("<p>caf\u00e9</p>", HtmlBytes.decode(bytes("<p>caf\u00e9</p>", "windows-1252")));
    }

    @Test
    void unknownDeclarationFallsBackWithoutRefusing() {
        assertEquals("<meta charset=x-nonsense><p>ok</p>",
                HtmlBytes.decode(bytes("<meta charset=x-nonsense><p>ok</p>", "UTF-8")));
    }

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }
}
