/**
 * HTML mode: turns a page's HTML into its visible text, one block per line, with evidence from the markup for the
 * boilerplate stage and the page's metadata. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.html;
