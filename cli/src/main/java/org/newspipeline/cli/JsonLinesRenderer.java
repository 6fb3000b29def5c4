package org.newspipeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.newspipeline.json.ArticleJson;
import org.newspipeline.model.Article;

/** {@code --format jsonl}: one line per article, the {@link ArticleJson} object with a {@code "file"} field first. */
final class JsonLinesRenderer implements ArticleRenderer {

    private static final ObjectWriter COMPACT = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writer();

    @Override
    public void render(Input input, Article article, Writer out) throws IOException {
        COMPACT.writeValue(out, withFile(input, ArticleJson.tree(article)));
        out.write('\n');
    }

    /** @return a copy of the article's tree with {@code "file": input name} as its first field */
    static ObjectNode withFile(Input input, ObjectNode tree) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("file", input.name());
        node.setAll(tree);
        return node;
    }
}
