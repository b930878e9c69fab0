package org.spiking4j.runtime.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.Spiking4jException;

class SweepFolderTest {
    @TempDir
    Path folder;

    @Test
    void theSameSweepReopensItsFolderAndTrialsHaveTheirOwn() {
        Path out = folder.resolve("out");
        SweepFolder first = SweepFolder.open(out, plan("abc"));
        assertTrue(Files.exists(out.resolve(SweepFolder.MARKER)));
        SweepFolder again = SweepFolder.open(out, plan("abc"));
        assertEquals(out.resolve("trials").resolve("seed1"), again.trialFolder("seed1"));
        assertEquals(first.path(), again.path());
    }

    @Test
    void aFolderOfAnotherSweepIsRefusedAndKept() throws Exception {
        Path out = folder.resolve("out");
        SweepFolder.open(out, plan("abc"));
        String marker = Files.readString(out.resolve(SweepFolder.MARKER));
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> SweepFolder.open(out, plan("other")));
        assertTrue(error.getMessage().startsWith(out + " holds the results of another sweep ("), error.getMessage());
        assertTrue(error.getMessage().contains("choose another --out"), error.getMessage());
        assertEquals(marker, Files.readString(out.resolve(SweepFolder.MARKER)));
    }

    @Test
    void aFolderWithFilesButNoSweepIsRefused() throws Exception {
        Path out = Files.createDirectories(folder.resolve("model"));
        Files.writeString(out.resolve("weights.npz"), "not ours");
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> SweepFolder.open(out, plan("abc")));
        assertTrue(error.getMessage().contains("already holds files but no sweep.json"), error.getMessage());
    }

    private Path sweepFile() {
        return folder.resolve("sweep.yaml");
    }

    private SweepPlan plan(String fingerprint) {
        return new SweepPlan(sweepFile(), List.of(new PlannedTrial("seed1", 0, Map.of(), 1, null)), null, null, null, 0,
                fingerprint);
    }
}
