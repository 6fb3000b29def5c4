package org.newspipeline.quotes;

import java.util.Optional;
import org.newspipeline.model.Mention;
import org.newspipeline.model.SpeakerType;
import org.newspipeline.pipeline.Gender;

/**
 * A source found for one quote: who it is (by key, so that one source's quotes can be grouped) and the words used.
 *
 * @param key     identifies the source within the document: an entity, or a nominal phrase
 * @param name    the source's best name
 * @param type    what kind of source
 * @param gender  its gender, when known
 * @param mention the words the attribution used
 */
record ResolvedSpeaker(String key, String name, SpeakerType type, Optional<Gender> gender, Mention mention) {

    ResolvedSpeaker withMention(Mention other) {
        return new ResolvedSpeaker(key, name, type, gender, other);
    }
}
