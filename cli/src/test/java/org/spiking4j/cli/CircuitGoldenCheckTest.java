package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.runtime.io.NdArray;
import org.spiking4j.runtime.io.NpzArchive;

/**
 * {@code oracle check} on circuit golden files whose expected values Brian2 computed
 * (scripts/brian2/golden_file.py): they pass on the CPU, a corrupted copy names the first
 * differing population, presentation, step and unit, and OpenCL says it has no kernels for them.
 */
class CircuitGoldenCheckTest {
    private static final int CHECK_FAILED = 1;
    private static final int BAD_INPUT = 2;

    private static Path fixture(String name) throws Exception {
        return Paths.get(CircuitGoldenCheckTest.class.getResource("/golden/" + name).toURI());
    }

    @Test
    void brian2GoldenFilesPassOnTheCpu() throws Exception {
        for (String name : new String[] {"one-lif-100.npz", "diehl-cook-784-20.npz"}) {
            CommandLineRun run = CommandLineRun.of("oracle", "check", fixture(name).toString(), "--backend", "cpu");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().startsWith("PASS " + name + " (against brian2 2.5.1"), run.toString());
            assertTrue(run.out().contains("largest weight error"), run.toString());
        }
    }

    @Test
    void aMovedSpikeIsReportedWhereItFirstDiffers(@TempDir Path folder) throws Exception {
        Map<String, NdArray> arrays = new LinkedHashMap<>(NpzArchive.read(fixture("diehl-cook-784-20.npz")));
        NdArray excitatory = arrays.get("spikes/excitatory");
        byte[] spikes = ((byte[]) excitatory.data()).clone();
        int units = excitatory.dimension(2);
        int steps = excitatory.dimension(1);
        int first = 0;
        while (spikes[first] == 0) {
            first++;
        }
        // Presentation 1's first excitatory spike, and a spurious one two steps before it in presentation 1.
        int secondStart = steps * units;
        int firstInSecond = secondStart;
        while (spikes[firstInSecond] == 0) {
            firstInSecond++;
        }
        int step = (firstInSecond - secondStart) / units;
        int unit = (firstInSecond - secondStart) % units;
        assertTrue(step >= 2, "the fixture's second presentation must not spike in its first two steps");
        spikes[secondStart + (step - 2) * units + unit] = 1;
        arrays.put("spikes/excitatory", NdArray.ofBytes(spikes, excitatory.shape()));
        Path corrupted = folder.resolve("corrupted.npz");
        NpzArchive.write(corrupted, arrays);
        CommandLineRun run = CommandLineRun.of("oracle", "check", corrupted.toString());
        assertEquals(CHECK_FAILED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("FAIL corrupted.npz (against brian2 2.5.1): first spike difference in population "
                + "excitatory, presentation 1, step " + (step - 2) + ", unit " + unit + ": silent, expected a spike"),
                run.toString());
    }

    @Test
    void aChangedFinalWeightIsReportedWithItsErrorAndTolerance(@TempDir Path folder) throws Exception {
        Map<String, NdArray> arrays = new LinkedHashMap<>(NpzArchive.read(fixture("one-lif-100.npz")));
        double[] weights = arrays.get("final/input-excitatory").asDoubles().clone();
        weights[37] += 1e-3;
        arrays.put("final/input-excitatory", NdArray.ofDoubles(weights, arrays.get("final/input-excitatory").shape()));
        Path corrupted = folder.resolve("weights.npz");
        NpzArchive.write(corrupted, arrays);
        CommandLineRun run = CommandLineRun.of("oracle", "check", corrupted.toString());
        assertEquals(CHECK_FAILED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("final 'input-excitatory' differs by 1.000e-03 at index 37"), run.toString());
        assertTrue(run.out().contains("tolerance weights = 1.0e-05"), run.toString());
    }

    @Test
    void openClSaysItHasNoKernelsForTheStdpCircuit() throws Exception {
        CommandLineRun run = CommandLineRun.of("oracle", "check", fixture("one-lif-100.npz").toString(), "--backend",
                "opencl");
        assertEquals(BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Backend 'opencl' has no kernels for neuron model 'poisson', neuron model 'lif', "
                + "rule 'stdp'"), run.toString());
        assertTrue(run.hasNoStackTrace(), run.toString());
    }

    @Test
    void aFolderWithBothFormatsChecksEachFileInItsOwnFormat(@TempDir Path folder) throws Exception {
        Path csdp = org.spiking4j.testkit.golden.GoldenFiles.copyBundled(folder);
        Files.copy(fixture("one-lif-100.npz"), folder.resolve("one-lif-100.npz"));
        CommandLineRun run = CommandLineRun.of("oracle", "check", folder.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("PASS " + csdp.getFileName() + " ("), run.toString());
        assertTrue(run.out().contains("PASS one-lif-100.npz (against brian2"), run.toString());
    }

    @Test
    void aRecordedFileReplaysAndATamperedCircuitStateIsCaught(@TempDir Path folder) throws Exception {
        Path data = TinyIdxDataset.write(folder.resolve("data"), 6, 2);
        String circuit = Files.readString(Paths.get(CircuitGoldenCheckTest.class.getResource("/stdp-small.yaml").toURI()));
        Path config = folder.resolve("stdp-small.yaml");
        Files.writeString(config, circuit);
        Path golden = folder.resolve("recorded.npz");
        CommandLineRun record = CommandLineRun.of("oracle", "record", "--config", config.toString(), "--data",
                data.toString(), "--samples", "3", "--out", golden.toString());
        assertEquals(0, record.exitCode(), record.toString());
        assertTrue(record.out().contains("Recorded 3 presentations of 80 steps"), record.toString());
        CommandLineRun check = CommandLineRun.of("oracle", "check", golden.toString());
        assertEquals(0, check.exitCode(), check.toString());
        assertTrue(check.out().contains("largest weight error 0.00e+00"), check.toString());
        Map<String, NdArray> arrays = new LinkedHashMap<>(NpzArchive.read(golden));
        double[] theta = arrays.get("final/theta/excitatory").asDoubles().clone();
        assertTrue(java.util.Arrays.stream(theta).anyMatch(value -> value > 0), "theta must have adapted");
        theta[3] += 1e-6;
        arrays.put("final/theta/excitatory", NdArray.ofDoubles(theta, theta.length));
        NpzArchive.write(golden, arrays);
        CommandLineRun tampered = CommandLineRun.of("oracle", "check", golden.toString());
        assertEquals(CHECK_FAILED, tampered.exitCode(), tampered.toString());
        assertTrue(tampered.out().contains("final 'theta/excitatory' differs by 1.000e-06 at index 3"), tampered.toString());
        CommandLineRun again = CommandLineRun.of("oracle", "record", "--config", config.toString(), "--data",
                data.toString(), "--out", golden.toString());
        assertEquals(BAD_INPUT, again.exitCode(), again.toString());
    }
}
