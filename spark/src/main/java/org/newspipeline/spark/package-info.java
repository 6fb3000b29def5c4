/**
 * news-pipeline on Apache Spark: {@link org.newspipeline.spark.NewsPipelineSpark} annotates a Dataset's column of
 * article texts on the executors (one pipeline per executor JVM) and makes a table of quotes;
 * {@link org.newspipeline.spark.ArticleSchema} documents the columns; {@link org.newspipeline.spark.AnnotateJob}
 * runs it over an archive of articles from {@code spark-submit}.
 */
package org.newspipeline.spark;
