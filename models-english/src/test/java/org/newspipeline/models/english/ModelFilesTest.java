package org.newspipeline.models.english;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module holds exactly the model files the default pipeline loads. */
class ModelFilesTest {

    @Test
    void exactlyTheFilesThePipelineLoads() throws IOException, URISyntaxException {
        URL url = ModelFilesTest.class.getClassLoader().getResource("edu/stanford/nlp/models");
        assertNotNull(url, "edu/stanford/nlp/models");
        Path root = Path.of(url.toURI());
        Set<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
        Set<String> expected = EnglishModels.FILES.stream()
                .map(file -> file.substring("edu/stanford/nlp/models/".length())).collect(Collectors.toSet());
        assertEquals(expected, files);
    }
}
