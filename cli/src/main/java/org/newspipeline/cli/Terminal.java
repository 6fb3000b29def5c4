package org.newspipeline.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Tells whether standard error is a terminal and how wide it is, which Java 17 cannot ask directly. */
final class Terminal {

    private Terminal() {
    }

    /**
     * On Linux, reads where file descriptor 2 points ({@code /dev/pts/N} or {@code /dev/ttyN} is a terminal);
     * elsewhere falls back on {@link System#console()}, which needs standard input and output to be terminals.
     *
     * @return true if standard error is most likely a terminal
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }

    /** The width assumed when no other is known. */
    static final int DEFAULT_COLUMNS = 80;

    /** @return the terminal's width: {@code COLUMNS} if set, else what {@code stty} says, else 80 */
    static int columns() {
        return columns(System.getenv(), Terminal::sttyColumns);
    }

    /**
     * @param env  the environment; a positive {@code COLUMNS} in it wins
     * @param stty asks the terminal
     * @return the width in columns
     */
    static int columns(Map<String, String> env, Supplier<OptionalInt> stty) {
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int value = Integer.parseInt(columns.trim());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // not a number: ask the terminal
            }
        }
        return stty.get().orElse(DEFAULT_COLUMNS);
    }

    /** Runs {@code stty size} on the controlling terminal: shells do not export {@code COLUMNS}. */
    private static OptionalInt sttyColumns() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return OptionalInt.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroyForcibly();
                return OptionalInt.empty();
            }
            String[] rowsAndColumns = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .trim().split("\\s+");
            int value = rowsAndColumns.length == 2 ? Integer.parseInt(rowsAndColumns[1]) : 0;
            return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
        } catch (IOException | NumberFormatException | SecurityException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }
}
