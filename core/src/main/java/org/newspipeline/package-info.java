/**
 * news-pipeline: turns the text of a news article into a typed {@link org.newspipeline.model.Article}.
 * Start with {@link org.newspipeline.NewsPipeline#annotate(String)}. Part of the public API, with
 * {@code org.newspipeline.model} and {@code org.newspipeline.json}; every other package is internal.
 */
package org.newspipeline;
