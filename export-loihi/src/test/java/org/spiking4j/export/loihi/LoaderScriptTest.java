package org.spiking4j.export.loihi;

import org.spiking4j.testkit.python.Python;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.export.loihi.quantize.QuantizationOptions;

/**
 * The Python loader shipped with the .lava.h5 file: --dry-run prints the process graph without Lava,
 * and --simulate, an independent NumPy implementation of the integer equations, reproduces every
 * spike of the vectors file the Java simulator wrote (and notices a single changed spike).
 */
class LoaderScriptTest {

    @TempDir
    Path folder;

    @Test
    void dryRunPrintsTheProcessesAndConnections() throws IOException {
        String python = Python.requireH5py();
        ExportFixture.exportAll(folder, QuantizationOptions.defaults());
        Python.Result result = Python.run(python, List.of(folder.resolve("lava_loader.py").toString(),
                folder.resolve("synthetic.lava.h5").toString(), "--dry-run"));
        assertEquals(0, result.exitCode(), result.output());
        for (String expected : List.of("RingBuffer z0: spike source, 784 channels",
                "LIF z1: shape (40,), du 4095, dv 123, vth 4096", "LIF zy: shape (10,)",
                "Dense W1: weights (40, 784) int16", "sign_mode INHIBITORY", "z0.s_out -> W1.s_in",
                "W1.a_out -> z1.a_in", "M1.a_out -> z1.a_in", "C3.a_out -> zy.a_in")) {
            assertTrue(result.output().contains(expected), expected + " in\n" + result.output());
        }
    }

    @Test
    void numpySimulationReproducesEverySpikeOfTheVectors() throws IOException {
        for (boolean reconstruction : new boolean[] {false, true}) {
            String python = Python.requireH5py();
            Path out = folder.resolve("reconstruction-" + reconstruction);
            ExportFixture.exportAll(out, QuantizationOptions.defaults().withReconstruction(reconstruction));
            Python.Result result = simulate(python, out);
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("spikes of " + ExportFixture.VECTOR_SAMPLES + " samples x "
                    + SyntheticModel.STEPS + " steps match"), result.output());
            assertTrue(result.output().contains(reconstruction ? "z1, z2, zy, zR" : "z1, z2, zy"), result.output());
        }
    }

    @Test
    void numpySimulationNoticesOneChangedSpike() throws IOException {
        String python = Python.requireH5py();
        ExportFixture.exportAll(folder, QuantizationOptions.defaults());
        Path vectors = folder.resolve("synthetic.vectors.h5");
        Python.Result flipped = Python.run(python, List.of("-c", "import h5py, sys\n"
                + "f = h5py.File(sys.argv[1], 'r+')\n"
                + "d = f['spikes/z2']\nx = d[()]\nx[1, 7, 3] ^= 1\nd[...] = x\nf.close()", vectors.toString()));
        assertEquals(0, flipped.exitCode(), flipped.output());
        Python.Result result = simulate(python, folder);
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("1 spikes differ"), result.output());
        assertTrue(result.output().contains("population z2, sample 1, step 7, unit 3"), result.output());
    }

    private static Python.Result simulate(String python, Path folder) throws IOException {
        return Python.run(python, List.of(folder.resolve("lava_loader.py").toString(),
                folder.resolve("synthetic.lava.h5").toString(), "--simulate",
                folder.resolve("synthetic.vectors.h5").toString()));
    }
}
