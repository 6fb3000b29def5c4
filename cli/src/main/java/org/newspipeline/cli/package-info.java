/**
 * The {@code news-pipeline} command: {@link org.newspipeline.cli.Main} and its picocli commands. Internal: the
 * command line is the interface, not these classes. Uses only the public API of news-pipeline
 * ({@code org.newspipeline}, {@code .model}, {@code .json}).
 */
package org.newspipeline.cli;
