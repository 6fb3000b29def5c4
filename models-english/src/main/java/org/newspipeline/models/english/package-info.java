/**
 * The CoreNLP English model files the news-pipeline default pipeline loads, and no others, under the paths
 * CoreNLP's models jar gives them ({@link org.newspipeline.models.english.EnglishModels} lists them).
 *
 * <p>The build copies them out of {@code edu.stanford.nlp:stanford-corenlp:models} (the same version as CoreNLP),
 * so they are never kept in the source tree. A pipeline configured with other CoreNLP annotators or models needs
 * CoreNLP's full English models jar on the classpath instead.
 */
package org.newspipeline.models.english;
