package org.newspipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the command's INPUT arguments into {@link Input}s: a file as it is, a folder walked recursively for the
 * file names that match the glob (sorted, so the order does not depend on the file system), {@code -} for standard
 * input. An argument that is neither file nor folder is kept as an input, so that reading it reports the reason
 * along with the other files' results; so is an entry of a folder that matches the glob but is no regular file (a
 * fifo, a device, a socket), which the reader refuses.
 *
 * <p>Symbolic links are followed, to files and to folders, inside folders and as arguments; a link that leads back
 * to a folder being walked is reported as a loop and not entered, and a file reached twice (through a link and
 * directly) is taken once, where it is first met. Output names ({@link Input#stem()}) are escaped by
 * {@link OutputNames}, so that no file name can lead an output out of the output folder.
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
        Set<Path> seen = new HashSet<>();
        boolean stdin = false;
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                if (stdin) {
                    throw new IllegalArgumentException("'-' (standard input) can be given only once");
                }
                stdin = true;
                inputs.add(new Input(Input.STDIN, Optional.empty(), "stdin", allHtml, Optional.empty()));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                if (!Files.isReadable(path)) {
                    throw new IllegalArgumentException("cannot read folder " + arg + ": permission denied");
                }
                inputs.addAll(walk(path, seen));
            } else {
                Path name = path.getFileName();
                inputs.add(fileInput(arg, path, OutputNames.component(stripExtension(name == null ? arg
                        : name.toString()))));
            }
        }
        checkDistinctOutputs(inputs);
        return List.copyOf(inputs);
    }

    /**
     * Walks a folder, following links; an entry that cannot be visited (an unreadable sub-folder, a link loop)
     * becomes an input with the reason, so that it is reported while the rest goes on.
     */
    private List<Input> walk(Path folder, Set<Path> seen) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!attrs.isDirectory() && matcher.matches(file.getFileName()) && firstVisit(file, seen)) {
                                found.add(fileInput(file.toString(), file, stem(folder.relativize(file))));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String problem = e instanceof FileSystemLoopException
                                    ? "a link that leads back to a folder above it; not followed"
                                    : "cannot read: " + (e instanceof AccessDeniedException ? "permission denied"
                                    : e.getMessage());
                            found.add(new Input(file.toString(), Optional.of(file), stem(folder.relativize(file)),
                                    allHtml, Optional.of(problem)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(input -> input.path().orElseThrow()));
        return found;
    }

    /** True the first time a file is met, by its real path; a file that cannot be resolved counts as new. */
    private static boolean firstVisit(Path file, Set<Path> seen) {
        try {
            return seen.add(file.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private Input fileInput(String name, Path path, String stem) {
        return new Input(name, Optional.of(path), stem, allHtml || isHtmlName(path), Optional.empty());
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
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String stem(Path relative) {
        Path parent = relative.getParent();
        String file = OutputNames.component(stripExtension(relative.getFileName().toString()));
        return parent == null ? file : OutputNames.of(parent) + "/" + file;
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
