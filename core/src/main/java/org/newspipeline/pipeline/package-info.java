/**
 * The stage contract and the values passed between stages. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.pipeline;
