package org.newspipeline.corenlp;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells, once per JVM, when CoreNLP's named-entity tagger will run in the bytecode interpreter.
 *
 * <p>By default HotSpot never compiles a method of more than 8,000 bytes of bytecode ({@code HugeMethodLimit}).
 * CoreNLP's NER feature extractor ({@code NERFeatureFactory.featuresC}, about 10,000 bytes) is such a method, and
 * it is where the NER stage spends most of its time: interpreted, it costs CPU, and two threads running it slow
 * each other down. Starting the JVM with {@value #JVM_OPTION} lets the JIT compile it. A library cannot set that
 * option for the JVM it runs in, so the pipeline logs this advice instead, at WARN, from the public logger
 * {@value #LOGGER_NAME} (the one that announces each pipeline built), so that a user who sets the level of the
 * library's public logger sees it. Thread-safe.
 */
final class HugeMethodCheck {

    /** The JVM option that lets HotSpot compile huge methods. */
    static final String JVM_OPTION = "-XX:-DontCompileHugeMethods";

    /** The name of the logger the advice is written to: the library's public entry point. */
    static final String LOGGER_NAME = "org.newspipeline.NewsPipeline";

    private static final String FLAG = "DontCompileHugeMethods";
    /** The check of this JVM: the flag cannot change while the JVM runs, so one check serves every pipeline. */
    private static final HugeMethodCheck JVM = new HugeMethodCheck(needsAdvice(flagValue()),
            LoggerFactory.getLogger(LOGGER_NAME));

    private final boolean interpretsHugeMethods;
    private final Logger log;
    private final AtomicBoolean advised = new AtomicBoolean();

    /**
     * @param interpretsHugeMethods whether the JVM leaves huge methods interpreted
     * @param log                   where to write the advice
     */
    HugeMethodCheck(boolean interpretsHugeMethods, Logger log) {
        this.interpretsHugeMethods = interpretsHugeMethods;
        this.log = log;
    }

    /** Logs the advice the first time it is called in a JVM that will not compile huge methods. */
    static void adviseOnce() {
        JVM.advise();
    }

    /**
     * Logs the advice at WARN if the JVM leaves huge methods interpreted and this check has not logged it yet.
     *
     * @return true when this call logged it
     */
    boolean advise() {
        if (interpretsHugeMethods && advised.compareAndSet(false, true)) {
            log.warn("This JVM does not compile methods over 8,000 bytes of bytecode, so CoreNLP's named-entity"
                    + " feature extractor runs interpreted: annotation is slower, most of all on several threads."
                    + " Start the JVM with {} to let the JIT compile it.", JVM_OPTION);
            return true;
        }
        return false;
    }

    /**
     * @param value the value of HotSpot's {@code DontCompileHugeMethods} flag; empty when the JVM is not HotSpot
     * @return true when the JVM will leave huge methods interpreted
     */
    static boolean needsAdvice(Optional<String> value) {
        return value.map(Boolean::parseBoolean).orElse(false);
    }

    /** @return the value of {@code DontCompileHugeMethods} in this JVM; empty if the JVM has no such flag */
    static Optional<String> flagValue() {
        try {
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return bean == null ? Optional.empty() : Optional.of(bean.getVMOption(FLAG).getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
