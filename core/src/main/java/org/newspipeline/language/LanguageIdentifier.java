package org.newspipeline.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of an article's body with Apache OpenNLP's language detector and its published model
 * (character n-grams, 103 languages). A guess is given only when the detector is sure: a text of a sentence or two
 * gets none, and the pipeline then reads it as English, as it always did, unless the detector finds it surely not
 * English ({@link #read}).
 *
 * <p>Immutable and thread-safe: the model is shared, each call makes its own detector around it.
 */
public final class LanguageIdentifier {

    /** The classpath resource of the model, from the artifact {@code opennlp-models-langdetect}. */
    public static final String MODEL = "langdetect-183.bin";
    /** The probability the detector must give its best language for a guess. */
    static final double MIN_CONFIDENCE = 0.9;
    /** Below this share of the best language's probability, English is out for a text the detector is unsure of. */
    static final double UNSURE_ENGLISH_SHARE = 0.1;
    /** The least a text needs for that: a sentence or two of English may read as any language. */
    static final int MIN_UNSURE_CHARS = 200;
    /** The detector reads at most this many chars of a text: enough to be sure, little to pay. */
    public static final int SAMPLE_CHARS = 2_000;

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private final LanguageDetectorModel model;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
    }

    /**
     * Loads the model from the classpath (about half a second).
     *
     * @return an identifier
     * @throws IllegalStateException if the model is not on the classpath or cannot be read
     */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The language model " + MODEL + " is not on the classpath: add"
                        + " org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language model " + MODEL, e);
        }
    }

    /**
     * @param text any text
     * @return its language when the detector is sure of it (first {@value #SAMPLE_CHARS} chars read), else empty
     */
    public Optional<LanguageGuess> identify(String text) {
        return read(text).guess();
    }

    /**
     * Reads a text's language once: the language the detector is sure of, if any, and whether the text may be
     * English. A text the detector is not sure of may still be English, unless it has at least
     * {@value #MIN_UNSURE_CHARS} chars, the detector's best language is another, and English gets less than
     * {@value #UNSURE_ENGLISH_SHARE} of that language's probability: Indonesian and Malay, or Spanish and Galician,
     * share most of their letter patterns, and the detector splits its belief between them. A shorter text, or one
     * whose best language is English however faintly (a list of numbers and names spreads the belief over many
     * languages), may be English.
     *
     * @param text any text
     * @return what the detector reads in its first {@value #SAMPLE_CHARS} chars
     */
    public LanguageReading read(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.isBlank()) {
            return new LanguageReading(Optional.empty(), true);
        }
        Language[] languages = new LanguageDetectorME(model).predictLanguages(sample);
        if (languages.length == 0) {
            return new LanguageReading(Optional.empty(), true);
        }
        Language best = languages[0];
        if (best.getConfidence() >= MIN_CONFIDENCE) {
            String code = best.getLang();
            LanguageGuess guess = new LanguageGuess(TWO_LETTER.getOrDefault(code, code), best.getConfidence());
            return new LanguageReading(Optional.of(guess), guess.isEnglish());
        }
        return new LanguageReading(Optional.empty(), mayBeEnglish(sample, languages));
    }

    /** Whether a sample the detector is not sure of may be English, by the detector's languages, best first. */
    private static boolean mayBeEnglish(String sample, Language[] languages) {
        if (sample.strip().length() < MIN_UNSURE_CHARS || languages[0].getLang().equals("eng")) {
            return true;
        }
        for (Language language : languages) {
            if (language.getLang().equals("eng")) {
                return language.getConfidence() >= UNSURE_ENGLISH_SHARE * languages[0].getConfidence();
            }
        }
        return false;
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without a three-letter form: nothing to map
            }
        }
        return Map.copyOf(map);
    }
}
