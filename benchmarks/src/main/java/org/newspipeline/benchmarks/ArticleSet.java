package org.newspipeline.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles a benchmark runs on: the {@code .txt} files of a folder in name order, or an evenly spread subset
 * of them. Both engines pick the subset with {@link #spread(int, int)}, so their latencies cover the same articles.
 */
public final class ArticleSet {

    private ArticleSet() {
    }

    /**
     * @param dir a folder of UTF-8 {@code .txt} articles
     * @return the articles' paths, sorted by name
     * @throws UncheckedIOException if the folder cannot be read
     */
    public static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list articles in " + dir, e);
        }
    }

    /**
     * The indices of {@code count} of {@code size} articles, spread evenly: {@code floor(i * size / count)} for
     * {@code i = 0 .. count-1} (every 7th of 84 for 12), so a subset mixes the sources a sorted folder groups.
     *
     * @param size  how many articles there are
     * @param count how many to take; {@code count <= 0} or {@code count >= size} takes all
     * @return increasing indices into the articles
     */
    public static List<Integer> spread(int size, int count) {
        int n = count <= 0 || count >= size ? size : count;
        List<Integer> indices = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            indices.add((int) ((long) i * size / n));
        }
        return List.copyOf(indices);
    }

    /**
     * @param dir   a folder of UTF-8 {@code .txt} articles
     * @param count how many, spread over the folder as {@link #spread(int, int)} picks; {@code <= 0} for all
     * @return the articles' texts, in name order
     * @throws UncheckedIOException     if a file cannot be read
     * @throws IllegalArgumentException if the folder holds no article
     */
    public static List<String> load(Path dir, int count) {
        List<Path> files = files(dir);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No .txt articles in " + dir.toAbsolutePath());
        }
        List<String> texts = new ArrayList<>();
        for (int index : spread(files.size(), count)) {
            try {
                texts.add(Files.readString(files.get(index), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + files.get(index), e);
            }
        }
        return List.copyOf(texts);
    }
}
