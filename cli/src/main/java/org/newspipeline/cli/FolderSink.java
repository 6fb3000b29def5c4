package org.newspipeline.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.newspipeline.model.Article;

/**
 * Writes one file per article into a folder, {@code STEM.EXT} (sub-folders created as needed). Each file is written
 * to a hidden temporary file beside it and then renamed, so a file that exists is complete, even after Ctrl-C. No
 * file is written outside the folder: every target is checked after normalisation.
 */
final class FolderSink implements OutputSink {

    private final Path folder;
    private final ArticleFormat format;

    /**
     * @param folder the output folder, created if missing
     * @param format a format that {@linkplain ArticleFormat#writesFiles() writes files}
     * @throws IOException if the folder cannot be created
     */
    FolderSink(Path folder, ArticleFormat format) throws IOException {
        this.folder = Files.createDirectories(folder).toAbsolutePath().normalize();
        this.format = format;
        format.fileExtension();
    }

    /**
     * @return the file an input is written to
     * @throws IOException if the input's output name would lead out of the folder (the names are escaped when the
     *                     inputs are collected; this is the last line of defence)
     */
    Path target(Input input) throws IOException {
        Path target = folder.resolve(input.stem() + format.fileExtension()).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IOException("the output name '" + input.stem() + "' would leave the output folder; not written");
        }
        return target;
    }

    @Override
    public void write(Input input, Article article) throws IOException {
        Path target = target(input);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (!parent.toRealPath().startsWith(folder.toRealPath())) {
            // A link inside the output folder that points elsewhere.
            throw new IOException("the output folder '" + folder.relativize(parent)
                    + "' is a link that leads out of the output folder; not written");
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the renamed file.
        Path tmp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ArticleRenderer renderer = format.renderer();
                renderer.begin(w, 1);
                renderer.render(input, article, w);
                renderer.end(w);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() {
    }
}
