/**
 * The typed, immutable results of news-pipeline: {@link org.newspipeline.model.Article} and the records it holds.
 * Part of the public API. All values are records with value equality; lists are unmodifiable and hold no null;
 * every {@link org.newspipeline.model.Span} points into the original input string.
 */
package org.newspipeline.model;
