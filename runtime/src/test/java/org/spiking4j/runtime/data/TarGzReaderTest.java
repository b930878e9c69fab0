package org.spiking4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsRegularFilesAndSkipsTheRest() {
        byte[] big = new byte[1500];
        Arrays.fill(big, (byte) 7);
        String longName = "package/" + "deep/".repeat(30) + "file.txt";
        byte[] archive = new TestTarWriter()
                .folder("package/")
                .file("package/a.txt", "alpha".getBytes(StandardCharsets.UTF_8))
                .file("package/data/big", big)
                .file("package/empty", new byte[0])
                .paxPath(longName)
                .file("ignored-short-name", "long".getBytes(StandardCharsets.UTF_8))
                .toTarGz();
        Map<String, byte[]> seen = readAll(IdxTestFiles.write(folder.resolve("x.tgz"), archive));
        assertEquals(List.of("package/a.txt", "package/data/big", "package/empty", longName), List.copyOf(seen.keySet()));
        assertArrayEquals("alpha".getBytes(StandardCharsets.UTF_8), seen.get("package/a.txt"));
        assertArrayEquals(big, seen.get("package/data/big"));
        assertArrayEquals(new byte[0], seen.get("package/empty"));
        assertArrayEquals("long".getBytes(StandardCharsets.UTF_8), seen.get(longName));
    }

    @Test
    void visitorMayLeaveContentUnread() {
        byte[] archive = new TestTarWriter()
                .file("one", new byte[700])
                .file("two", "second".getBytes(StandardCharsets.UTF_8))
                .toTarGz();
        Map<String, Long> sizes = new LinkedHashMap<>();
        TarGzReader.read(IdxTestFiles.write(folder.resolve("x.tgz"), archive), (entry, content) -> sizes.put(entry.name(), entry.size()));
        assertEquals(Map.of("one", 700L, "two", 6L), sizes);
    }

    @Test
    void readsWhatTheTarCommandWrites() throws Exception {
        Path tree = folder.resolve("tree");
        IdxTestFiles.write(tree.resolve("package/data/train-labels-idx1-ubyte"), IdxTestFiles.labels(1, 2, 3));
        IdxTestFiles.write(tree.resolve("package/package.json"), "{}".getBytes(StandardCharsets.UTF_8));
        Path archive = folder.resolve("made-by-tar.tgz");
        assumeTrue(run(tree, "tar", "czf", archive.toString(), "package"), "no tar command here");
        Map<String, byte[]> seen = readAll(archive);
        assertArrayEquals(IdxTestFiles.labels(1, 2, 3), seen.get("package/data/train-labels-idx1-ubyte"));
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), seen.get("package/package.json"));
    }

    @Test
    void truncatedAndForeignArchivesNameTheFile() {
        byte[] archive = new TestTarWriter().file("a", new byte[5000]).toTarGz();
        Path cut = IdxTestFiles.write(folder.resolve("cut.tgz"), Arrays.copyOf(archive, archive.length - 20));
        IdxReaderTest.assertProblem(() -> readAll(cut), cut, "truncated");
        Path plain = IdxTestFiles.write(folder.resolve("plain.tgz"), "not gzip".getBytes(StandardCharsets.UTF_8));
        IdxReaderTest.assertProblem(() -> readAll(plain), plain, "not a gzipped tar archive");
        Path gzippedText = IdxTestFiles.write(folder.resolve("text.tgz"), 
                IdxTestFiles.gzip("x".repeat(600).getBytes(StandardCharsets.UTF_8)));
        IdxReaderTest.assertProblem(() -> readAll(gzippedText), gzippedText, "damaged tar header");
    }

    private static Map<String, byte[]> readAll(Path archive) {
        Map<String, byte[]> seen = new LinkedHashMap<>();
        TarGzReader.read(archive, (entry, content) -> seen.put(entry.name(), content.readAllBytes()));
        return seen;
    }

    private static boolean run(Path directory, String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
