package org.spiking4j.engine.gpu.device;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader lookup that keeps JOCL from printing "Could not load libOpenCL.so" on CPU-only machines. */
class OpenClLoaderLookupTest {

    @Test
    void aLinkerCacheWithoutTheLibraryMeansAbsent(@TempDir Path folder) throws Exception {
        Path cache = Files.write(folder.resolve("ld.so.cache"), "ld.so-1.7.0\0libc.so.6\0/usr/lib/libc.so.6\0"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(new OpenClLoaderLookup(cache, null, true).mayBePresent());
        assertFalse(new OpenClLoaderLookup(cache, folder.resolve("empty").toString(), true).mayBePresent());
    }

    @Test
    void theLibraryInTheCacheOrOnLdLibraryPathMeansPresent(@TempDir Path folder) throws Exception {
        Path cache = Files.write(folder.resolve("ld.so.cache"), "libc.so.6\0libOpenCL.so.1\0/usr/lib/libOpenCL.so.1\0"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(new OpenClLoaderLookup(cache, null, true).mayBePresent());
        Path withoutIt = Files.write(folder.resolve("other.cache"), "libc.so.6\0".getBytes(StandardCharsets.ISO_8859_1));
        Path libraries = Files.createDirectories(folder.resolve("lib"));
        Files.writeString(libraries.resolve("libOpenCL.so.1"), "");
        assertTrue(new OpenClLoaderLookup(withoutIt, "/nowhere:" + libraries, true).mayBePresent());
    }

    @Test
    void withoutALinkerCacheOrOffLinuxJoclDecides(@TempDir Path folder) {
        assertTrue(new OpenClLoaderLookup(folder.resolve("missing"), null, true).mayBePresent());
        assertTrue(new OpenClLoaderLookup(folder.resolve("missing"), null, false).mayBePresent());
    }
}
