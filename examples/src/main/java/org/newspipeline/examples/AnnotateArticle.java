package org.newspipeline.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.IOUtils;
import org.newspipeline.NewsPipeline;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Entity;
import org.newspipeline.model.Metadata;
import org.newspipeline.model.Paragraph;
import org.newspipeline.model.Quote;

/**
 * Annotates one article and prints a readable report: the body, each quote with its speaker, each
 * attribution (quoted and reported speech) with its source, then the entities.
 *
 * <pre>
 * AnnotateArticle [--json] [FILE]
 * </pre>
 * Without FILE it annotates the bundled sample article; with {@code --json} it prints the article as JSON.
 */
public final class AnnotateArticle {

    private static final String SAMPLE = "sample-article.txt";

    private AnnotateArticle() {
    }

    /**
     * @param args {@code [--json] [FILE]}
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println("Usage: AnnotateArticle [--json] [FILE]   (no FILE: the bundled sample article)");
                return;
            } else {
                files.add(arg);
            }
        }
        if (files.size() > 1) {
            System.err.println("Give at most one file; got " + files.size());
            System.exit(2);
        }
        String text = files.isEmpty() ? sample() : Files.readString(Path.of(files.get(0)), StandardCharsets.UTF_8);
        Article article = NewsPipeline.annotate(text);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(ArticleJson.write(article, true));
        } else {
            report(article, out);
        }
    }

    static String sample() throws IOException {
        try (InputStream in = AnnotateArticle.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IOException("The bundled sample " + SAMPLE + " is missing from the classpath");
            }
            return IOUtils.toString(in, StandardCharsets.UTF_8);
        }
    }

    static void report(Article article, PrintStream out) {
        Metadata meta = article.metadata();
        out.println("== Metadata");
        out.println("  headline: " + meta.headline().orElse("(none)"));
        out.println("  authors:  " + (meta.authors().isEmpty() ? "(none)" : String.join("; ", meta.authors())));
        out.println("  date:     " + meta.publicationDate().orElse("(none)"));
        out.println("  language: " + meta.language().orElse("(not detected)"));
        out.println();
        out.println("== Body (" + article.body().size() + " paragraphs, " + article.boilerplate().size()
                + " blocks of clutter removed)");
        for (Paragraph p : article.body()) {
            out.println("  " + p.text());
        }
        out.println();
        out.println("== Quotes (" + article.quotes().size() + ")");
        for (Quote q : article.quotes()) {
            out.println("  \u201c" + q.text() + "\u201d");
            if (q.speaker().isPresent()) {
                out.println("      -- " + q.speaker().get().name() + " (" + q.speaker().get().type() + ")"
                        + q.speakerMention().map(m -> ", as \"" + m.text() + "\"").orElse("")
                        + q.cue().map(c -> ", cue \"" + article.textOf(c) + "\"").orElse("")
                        + " [" + q.rule() + "]");
            } else {
                out.println("      -- (no speaker in sight)");
            }
        }
        out.println();
        out.println("== Attributions (" + article.attributions().size() + "): quoted and reported speech");
        for (Attribution a : article.attributions()) {
            out.println("  [" + a.kind() + "] " + a.text());
            out.println("      -- " + a.speaker().map(s -> s.name() + " (" + s.type() + ")").orElse("(unresolved)")
                    + a.source().map(m -> ", as \"" + m.text() + "\"").orElse("")
                    + a.cue().map(c -> ", cue \"" + article.textOf(c) + "\"").orElse("")
                    + " [" + a.rule() + "]");
        }
        out.println();
        out.println("== Entities (" + article.entities().size() + ")");
        for (Entity e : article.entities()) {
            out.println("  " + e.type() + "  " + e.name() + "  x" + e.mentions().size());
        }
    }
}
