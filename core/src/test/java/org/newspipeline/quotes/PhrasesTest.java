package org.newspipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Noun phrases found around verbs, on hand-written sentences. */
class PhrasesTest {

    /** The subject the phrases find for the verb {@code verb} of a one-sentence text. */
    private static Optional<String> subjectOf(String sentence, String verb) {
        TestDocuments.Parsed p = TestDocuments.of(sentence);
        DocumentView doc = p.view();
        int k = doc.firstTokenAtOrAfter(p.text().indexOf(verb));
        return Phrases.subjectOf(doc, k, 0).map(s -> doc.span(s.first(), s.end()).of(p.text()));
    }

    @Test
    void aNameIsTheSubjectPastItsAgeAndWhereThePersonIsFrom() {
        assertEquals(Optional.of("Ola Berg"), subjectOf("Ola Berg, 52, from Doncaster, who runs a bakery, said the "
                + "rent had doubled.", "said"));
        assertEquals(Optional.of("Ola Berg"), subjectOf("Ola Berg, from Doncaster, who runs a bakery, said the rent "
                + "had doubled.", "said"));
    }

    @Test
    void theObjectOfAParticipleAfterTheSubjectsNounIsNotItsHead() {
        TestDocuments.Parsed p = TestDocuments.of("A lawyer representing the Tanaka family said the appeal was filed.");
        DocumentView doc = p.view();
        SpeakerPhrase s = Phrases.subjectOf(doc, doc.firstTokenAtOrAfter(p.text().indexOf("said")), 0).orElseThrow();
        assertEquals("A lawyer representing the Tanaka family", doc.span(s.first(), s.end()).of(p.text()));
        assertEquals("lawyer", doc.token(s.head()).word());
        // a compound whose middle word ends in -ing is one noun phrase, headed by its last word
        TestDocuments.Parsed q = TestDocuments.of("Local shipping firms said the port would close.");
        DocumentView qd = q.view();
        SpeakerPhrase t = Phrases.subjectOf(qd, qd.firstTokenAtOrAfter(q.text().indexOf("said")), 0).orElseThrow();
        assertEquals("firms", qd.token(t.head()).word());
    }
}
