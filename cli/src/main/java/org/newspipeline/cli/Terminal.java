package org.newspipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal, which Java 17 cannot ask directly. */
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
}
