/**
 * The only package that touches Stanford CoreNLP: runs it and copies its output into news-pipeline's records.
 * Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.corenlp;
