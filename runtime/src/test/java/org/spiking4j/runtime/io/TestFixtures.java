package org.spiking4j.runtime.io;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the committed fixtures under src/test/resources/data. */
final class TestFixtures {

    private TestFixtures() {
    }

    static Path data(String name) {
        URL url = TestFixtures.class.getResource("/data/" + name);
        if (url == null) {
            throw new IllegalStateException("Missing test fixture data/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
