package org.newspipeline.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * An evaluation folder of pages: {@code ids.txt} (one id per line) and files named by id, some gzipped. Used by the
 * evaluation programs.
 *
 * @param dir the folder
 */
record PageFolder(Path dir) {

    /**
     * @return the ids of {@code ids.txt}, blank lines left out
     * @throws IOException if it cannot be read
     */
    List<String> ids() throws IOException {
        return Files.readAllLines(dir.resolve("ids.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param folder the subfolder, such as {@code html}
     * @param name   the file's name in it, such as {@code ID.html.gz}
     * @return the file's bytes, unzipped
     * @throws IOException if it cannot be read
     */
    byte[] gunzip(String folder, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(folder).resolve(name)))) {
            return in.readAllBytes();
        }
    }
}
