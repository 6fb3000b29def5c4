package org.newspipeline.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows {@link QuickStart} as it is, and it runs. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void readmeShowsTheQuickStartSourceWithoutItsPackageLine() throws IOException {
        String source = Files.readString(ROOT.resolve("examples/src/main/java/org/newspipeline/examples/QuickStart.java"),
                StandardCharsets.UTF_8);
        String shown = source.substring(source.indexOf("import "));
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + shown + "```"),
                "README.md must show QuickStart.java from its first import on, in a java block");
    }

    @Test
    void quickStartPrintsTheQuoteWithItsSpeaker() {
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("We expect the first ferries by noon, -- Ana Ruiz"), printed);
    }
}
