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
 * to a hidden temporary file beside it and then renamed, so a file that exists is complete, even after Ctrl-C.
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
        this.folder = Files.createDirectories(folder);
        this.format = format;
        format.fileExtension();
    }

    /** @return the file an input is written to */
    Path target(Input input) {
        return folder.resolve(input.stem() + format.fileExtension());
    }

    @Override
    public void write(Input input, Article article) throws IOException {
        Path target = target(input);
        Path parent = target.getParent();
        Files.createDirectories(parent);
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
