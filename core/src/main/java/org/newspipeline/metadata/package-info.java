/**
 * Reading an article's headline, authors and publication date from text: dates written in several languages and
 * formats, bylines, titles with the site's name; shared by HTML mode and text mode.
 */
package org.newspipeline.metadata;
