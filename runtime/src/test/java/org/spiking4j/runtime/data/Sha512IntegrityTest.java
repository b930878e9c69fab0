package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha512IntegrityTest {

    /** SHA-512 of "abc" (FIPS 180-2 example), base64. */
    private static final String ABC_SHA512 =
            "3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==";

    @TempDir
    Path folder;

    @Test
    void matchesTheStandardDigest() {
        Path file = IdxTestFiles.write(folder.resolve("abc"), "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC_SHA512, Sha512Integrity.digest(file));
        assertDoesNotThrow(() -> Sha512Integrity.verify(file, ABC_SHA512, "the test file"));
    }

    @Test
    void wrongBytesFailWithBothDigestsAndTheFile() {
        Path file = IdxTestFiles.write(folder.resolve("abd"), "abd".getBytes(StandardCharsets.US_ASCII));
        IdxReaderTest.assertProblem(() -> Sha512Integrity.verify(file, ABC_SHA512, "the npm package demo@1.0.0"),
                file, "integrity check", ABC_SHA512, Sha512Integrity.digest(file), "demo@1.0.0");
    }
}
