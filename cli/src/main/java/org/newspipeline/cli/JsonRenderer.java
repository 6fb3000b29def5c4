package org.newspipeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;

/**
 * {@code --format json}: the {@link ArticleJson} document, indented. A run with one input writes just that
 * document (also the form of each {@code --out} file); a run with several writes a JSON array of them, each with
 * a {@code "file"} field first.
 */
final class JsonRenderer implements ArticleRenderer {

    private static final ObjectWriter PRETTY = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build()
            .writer().with(SerializationFeature.INDENT_OUTPUT);

    private boolean array;
    private boolean first = true;

    @Override
    public void begin(Writer out, int inputs) throws IOException {
        array = inputs > 1;
        if (array) {
            out.write("[\n");
        }
    }

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        ObjectNode tree = ArticleJson.tree(article);
        if (array) {
            tree = JsonLinesRenderer.withFile(input, tree);
            if (!first) {
                out.write(",\n");
            }
        }
        first = false;
        PRETTY.writeValue(out, tree);
        if (!array) {
            out.write('\n');
        }
    }

    @Override
    public void end(Writer out) throws IOException {
        if (array) {
            out.write("\n]\n");
        }
    }
}
