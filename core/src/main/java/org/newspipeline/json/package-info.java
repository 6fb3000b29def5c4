/**
 * JSON output of an {@link org.newspipeline.model.Article}: {@link org.newspipeline.json.ArticleJson}. Part of the
 * public API; the JSON shape is documented there and in the README.
 */
package org.newspipeline.json;
