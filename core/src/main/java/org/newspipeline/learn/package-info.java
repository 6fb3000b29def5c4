/**
 * What the project's fitted linear models share: the logistic regression that fits them and the small text file
 * their weights are shipped in. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.learn;
