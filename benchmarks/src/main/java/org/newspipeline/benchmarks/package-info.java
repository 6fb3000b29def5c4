/**
 * JMH benchmarks of news-pipeline's default pipeline against CoreNLP's default quote pipeline on the same
 * articles, and {@link org.newspipeline.benchmarks.BenchmarkReport}, which runs them all and prints one table with
 * the ratios. Not part of the library; the only module besides {@code core}'s {@code corenlp} package that
 * touches CoreNLP, to build the comparison pipeline.
 */
package org.newspipeline.benchmarks;
