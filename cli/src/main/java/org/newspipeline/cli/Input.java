package org.newspipeline.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One article to annotate: a file, or standard input.
 *
 * @param name   how messages and the {@code file} column name it: the path as given or found, or {@code -}
 * @param path   the file, or empty for standard input
 * @param stem   the output name without extension, relative to the output folder ({@code sub/NAME}); for a file
 *               found in a folder it keeps the sub-folders, so two {@code index.txt} do not collide
 * @param html   true if the input is an HTML page rather than plain text
 * @param problem why the input cannot be read, when that was known while collecting it (a link loop, an
 *               unreadable folder); it is then reported without being read
 */
record Input(String name, Optional<Path> path, String stem, boolean html, Optional<String> problem) {

    Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(problem, "problem");
    }

    /** An input that can be read. */
    Input(String name, Optional<Path> path, String stem, boolean html) {
        this(name, path, stem, html, Optional.empty());
    }

    /** The name standard input is given in messages and in the {@code file} column. */
    static final String STDIN = "-";

    /** @return true if this input is standard input */
    boolean isStdin() {
        return path.isEmpty();
    }
}
