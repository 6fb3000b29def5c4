/**
 * The resources news-pipeline runs with: CoreNLP property sets and word lists, read by
 * {@link org.newspipeline.config.ConfigResources}. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.config;
