package org.newspipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the shared evaluation data beside the project, when it is there. */
public final class TestTexts {

    private TestTexts() {
    }

    /** @return the {@code shared} folder beside the project root, if present */
    public static Optional<Path> sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("seed"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
