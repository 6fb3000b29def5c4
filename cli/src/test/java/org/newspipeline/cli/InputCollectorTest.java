package org.newspipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path tmp;

    @Test
    void folderIsWalkedRecursivelyForTextAndHtmlInPathOrder() throws IOException {
        Files.createDirectories(tmp.resolve("b/c"));
        Files.writeString(tmp.resolve("z.txt"), "z");
        Files.writeString(tmp.resolve("b/c/page.html"), "<p>x</p>");
        Files.writeString(tmp.resolve("b/a.txt"), "a");
        Files.writeString(tmp.resolve("b/readme.md"), "not taken");

        List<Input> inputs = new InputCollector(InputCollector.DEFAULT_GLOB, false).collect(List.of(tmp.toString()));

        assertEquals(List.of("b/a", "b/c/page", "z"), inputs.stream().map(Input::stem).toList());
        assertEquals(List.of(false, true, false), inputs.stream().map(Input::html).toList());
        assertEquals(tmp.resolve("b/a.txt").toString(), inputs.get(0).name());
    }

    @Test
    void globChoosesTheFilesOfFolders() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "a");
        Files.writeString(tmp.resolve("b.md"), "b");

        List<Input> inputs = new InputCollector("*.md", false).collect(List.of(tmp.toString()));

        assertEquals(List.of("b"), inputs.stream().map(Input::stem).toList());
    }

    @Test
    void fileArgumentsAreTakenWhateverTheirNameAndMissingOnesAreKeptForTheReader() throws IOException {
        Path md = Files.writeString(tmp.resolve("notes.md"), "n");

        List<Input> inputs = new InputCollector(InputCollector.DEFAULT_GLOB, false)
                .collect(List.of(md.toString(), "no-such-file.txt", "-"));

        assertEquals(List.of("notes", "no-such-file", "stdin"), inputs.stream().map(Input::stem).toList());
        assertTrue(inputs.get(2).isStdin());
        assertFalse(inputs.get(0).isStdin());
    }

    @Test
    void htmlFlagMakesEveryInputHtml() throws IOException {
        Path txt = Files.writeString(tmp.resolve("a.txt"), "a");

        List<Input> inputs = new InputCollector(InputCollector.DEFAULT_GLOB, true)
                .collect(List.of(txt.toString(), "-"));

        assertEquals(List.of(true, true), inputs.stream().map(Input::html).toList());
    }

    @Test
    void twoInputsForOneOutputNameAreRefused() throws IOException {
        Files.createDirectories(tmp.resolve("x"));
        Path a = Files.writeString(tmp.resolve("story.txt"), "a");
        Path b = Files.writeString(tmp.resolve("x/story.txt"), "b");

        InputCollector collector = new InputCollector(InputCollector.DEFAULT_GLOB, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> collector.collect(List.of(a.toString(), b.toString())));
        assertTrue(e.getMessage().contains("would both be written as 'story'"), e.getMessage());
    }
}
