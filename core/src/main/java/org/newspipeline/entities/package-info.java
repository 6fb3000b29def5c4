/**
 * Named-entity mentions and their grouping into entities. Internal to news-pipeline; may change between versions.
 */
package org.newspipeline.entities;
