package org.newspipeline.examples;

import java.util.List;
import org.newspipeline.ArticlePipeline;
import org.newspipeline.NewsPipeline;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;
import org.newspipeline.model.Attribution;
import org.newspipeline.model.Quote;
import org.newspipeline.model.Speaker;

/** Who said what in a short news text: the README's first example, compiled and tested as it stands there. */
public class QuickStart {

    /** @param args ignored */
    public static void main(String[] args) {
        String text = "The harbour will reopen on Monday, the port authority said.\n"
                + "\"We expect the first ferries by noon,\" said Ana Ruiz, its director. She added that the fish"
                + " market would open a week later.";

        Article article = NewsPipeline.annotate(text);  // the shared default pipeline: models load once per JVM
        for (Quote q : article.quotes()) {
            System.out.println(q.text() + " -- " + q.speaker().map(Speaker::name).orElse("(no speaker)"));
        }
        for (Attribution a : article.attributions()) {  // quoted and reported speech, with its source
            System.out.println(a.kind() + " " + a.text() + " -- "
                    + a.speaker().map(Speaker::name).orElse("(unresolved)"));
        }
        for (Speaker s : article.speakers()) {
            System.out.println(s.name() + " (" + s.type() + "): " + article.attributionsBy(s).size()
                    + " attributions");
        }

        ArticlePipeline pipeline = NewsPipeline.builder().maxInputChars(2_000_000).build();  // a configured one
        List<Article> batch = pipeline.annotateAll(List.of(text, text), 2);  // 2 threads, input order kept
        System.out.println(ArticleJson.write(batch.get(0), true).length() + " chars of JSON");
    }
}
