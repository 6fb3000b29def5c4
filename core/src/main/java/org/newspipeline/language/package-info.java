/**
 * The language of an article's body (internal): {@link org.newspipeline.language.LanguageIdentifier}.
 */
package org.newspipeline.language;
