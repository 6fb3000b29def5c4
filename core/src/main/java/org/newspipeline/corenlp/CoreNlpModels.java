package org.newspipeline.corenlp;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline per distinct property set per JVM, so that every pipeline built with the same settings
 * shares the loaded models; {@link AnnotatorLoader} loads its annotators in parallel. The first pipeline of a
 * JVM that would run the NER stage interpreted logs how to start the JVM instead ({@link HugeMethodCheck}), and
 * the first pipeline of a JVM turns CoreNLP's informational log lines to DEBUG ({@link CoreNlpLogging}); the
 * loading time is logged at DEBUG, since the pipeline's builder logs the one INFO line of a build. Thread-safe.
 */
final class CoreNlpModels {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpModels.class);
    private static final Map<Map<String, String>, CoreNlpStages> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpModels() {
    }

    static CoreNlpStages pipeline(Properties props) {
        Map<String, String> key = new TreeMap<>();
        props.stringPropertyNames().forEach(name -> key.put(name, props.getProperty(name)));
        HugeMethodCheck.adviseOnce();
        CoreNlpLogging.infoAtDebugOnce();
        return PIPELINES.computeIfAbsent(Map.copyOf(key), k -> load(props));
    }

    private static CoreNlpStages load(Properties props) {
        long start = System.nanoTime();
        Properties copy = new Properties();
        copy.putAll(props);
        CoreNlpStages pipeline = AnnotatorLoader.load(copy);
        log.debug("Loaded CoreNLP annotators {} in {} ms", props.getProperty("annotators"),
                (System.nanoTime() - start) / 1_000_000);
        return pipeline;
    }
}
