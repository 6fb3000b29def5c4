/**
 * Quote finding and attribution: one class per rule, a resolver from phrases to sources. Internal to news-pipeline;
 * may change between versions.
 */
package org.newspipeline.quotes;
