package org.newspipeline.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * What the metadata readers of a page share.
 *
 * @param doc       the parsed page
 * @param articles  its JSON-LD article objects
 * @param siteNames the names of the site and its publisher, normalised by
 *                  {@link org.newspipeline.metadata.AuthorNames#key(String)}
 * @param url       the page's address, as the page declares it
 */
record PageFacts(Document doc, List<JsonNode> articles, Set<String> siteNames, Optional<String> url) {

    /** Copies the collections. */
    PageFacts {
        articles = List.copyOf(articles);
        siteNames = Set.copyOf(siteNames);
    }
}
