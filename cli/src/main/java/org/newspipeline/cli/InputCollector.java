package org.newspipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Expands the command's INPUT arguments into {@link Input}s: a file as it is, a folder walked recursively for the
 * file names that match the glob (sorted, so the order does not depend on the file system), {@code -} for standard
 * input. An argument that is neither file nor folder is kept as an input, so that reading it reports the reason
 * along with the other files' results.
 */
final class InputCollector {

    /** The default glob: plain text and HTML pages. */
    static final String DEFAULT_GLOB = "*.{txt,html,htm}";

    private final PathMatcher matcher;
    private final boolean allHtml;

    /**
     * @param glob    the file-name pattern for files found in folders ({@code java.nio} glob syntax)
     * @param allHtml true to read every input as HTML; otherwise {@code .html} and {@code .htm} files are
     * @throws IllegalArgumentException if the glob is not valid
     */
    InputCollector(String glob, boolean allHtml) {
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.allHtml = allHtml;
    }

    /**
     * @param args the INPUT arguments
     * @return the inputs in argument order, files within a folder sorted by path
     * @throws IllegalArgumentException if {@code -} is given twice or two inputs would write the same output name
     * @throws UncheckedIOException     if a folder cannot be walked
     */
    List<Input> collect(List<String> args) {
        List<Input> inputs = new ArrayList<>();
        boolean stdin = false;
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                if (stdin) {
                    throw new IllegalArgumentException("'-' (standard input) can be given only once");
                }
                stdin = true;
                inputs.add(new Input(Input.STDIN, Optional.empty(), "stdin", allHtml));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path));
            } else {
                inputs.add(fileInput(arg, path, stripExtension(path.getFileName().toString())));
            }
        }
        checkDistinctOutputs(inputs);
        return List.copyOf(inputs);
    }

    /**
     * Walks a folder; an entry that cannot be visited (an unreadable sub-folder) becomes an input of its own, so
     * that it is reported with its reason while the rest goes on.
     */
    private List<Input> walk(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matcher.matches(file.getFileName())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        return found.stream().sorted()
                .map(p -> fileInput(p.toString(), p, stem(folder.relativize(p))))
                .toList();
    }

    private Input fileInput(String name, Path path, String stem) {
        return new Input(name, Optional.of(path), stem, allHtml || isHtmlName(path));
    }

    private static void checkDistinctOutputs(List<Input> inputs) {
        Map<String, Input> byStem = new HashMap<>();
        for (Input input : inputs) {
            Input other = byStem.putIfAbsent(input.stem(), input);
            if (other != null) {
                throw new IllegalArgumentException("'" + other.name() + "' and '" + input.name()
                        + "' would both be written as '" + input.stem() + "'; give them separately or rename one");
            }
        }
    }

    private static boolean isHtmlName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String stem(Path relative) {
        Path parent = relative.getParent();
        String file = stripExtension(relative.getFileName().toString());
        return parent == null ? file : parent.resolve(file).toString().replace('\\', '/');
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
