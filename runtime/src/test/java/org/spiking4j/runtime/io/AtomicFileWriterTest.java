package org.spiking4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void createsFoldersAndReplacesContent() throws IOException {
        Path file = folder.resolve("a/b/c.txt");
        AtomicFileWriter.write(file, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(file, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(file));
        try (var listing = Files.list(file.getParent())) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void failureKeepsTheOldFileAndCleansUp() throws IOException {
        Path file = folder.resolve("kept.txt");
        Files.writeString(file, "old");
        Spiking4jException e = assertThrows(Spiking4jException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(true, e.getMessage().contains(file.toString()) && e.getMessage().contains("disk full"), e.getMessage());
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList());
        }
    }

    @Test
    void keepsTheUsualPermissionsRatherThanOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
        Path atomic = folder.resolve("atomic.txt");
        AtomicFileWriter.write(atomic, out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }
}
