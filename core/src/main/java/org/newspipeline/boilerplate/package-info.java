/**
 * Boilerplate removal: tells article body from page clutter. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.boilerplate;
