package org.newspipeline.corenlp;

import edu.stanford.nlp.util.logging.Redwood;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import edu.stanford.nlp.util.logging.SLF4JHandler;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends CoreNLP's own log lines to SLF4J with its informational lines at DEBUG, so that building a pipeline logs
 * one INFO line (ours), not CoreNLP's "Loading POS tagger from ..." and the like as well.
 *
 * <p>CoreNLP logs through its Redwood facade, which by default hands every line to SLF4J under the name of the
 * CoreNLP class that wrote it, at INFO unless the line is flagged as a warning, an error or debug output. SLF4J's
 * API has no way to set a logger's level, so instead the first pipeline of a JVM configures Redwood, once, with
 * CoreNLP's own SLF4J handler changed only in the level of unflagged lines. Warnings and errors keep their level,
 * and the logger names stay CoreNLP's ({@code edu.stanford.nlp...}), so a binding that shows DEBUG for them still
 * shows every line. Redwood's configuration is global: a program that configures Redwood itself can do so after
 * its first pipeline is built. Thread-safe.
 */
final class CoreNlpLogging {

    private static final AtomicBoolean CONFIGURED = new AtomicBoolean();

    private CoreNlpLogging() {
    }

    /** Configures Redwood the first time it is called in a JVM; does nothing after that. */
    static void infoAtDebugOnce() {
        if (CONFIGURED.compareAndSet(false, true)) {
            RedwoodConfiguration.current().clear()
                    .handlers(RedwoodConfiguration.Handlers.chain(new InfoAtDebugHandler(),
                            RedwoodConfiguration.Handlers.noop))
                    .apply();
        }
    }

    /**
     * @param channels a Redwood record's channels: the class that logged it and its flags
     * @return the same channels, with the DEBUG flag added when no flag gives a level of warning or above
     */
    static Object[] infoAtDebug(Object[] channels) {
        boolean flagged = Arrays.stream(channels).anyMatch(channel -> channel == Redwood.ERR
                || channel == Redwood.WARN || channel == Redwood.DBG);
        if (flagged) {
            return channels;
        }
        Object[] demoted = Arrays.copyOf(channels, channels.length + 1);
        demoted[channels.length] = Redwood.DBG;
        return demoted;
    }

    /** CoreNLP's SLF4J handler, with unflagged lines written at DEBUG instead of INFO. */
    private static final class InfoAtDebugHandler extends SLF4JHandler {
        @Override
        public void print(Object[] channels, String line) {
            super.print(infoAtDebug(channels), line);
        }
    }
}
