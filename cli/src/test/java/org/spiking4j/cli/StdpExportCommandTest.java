package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.testkit.python.Python;

/**
 * {@code export} of a trained Diehl &amp; Cook model (issue 9 item 6): the inference circuit with θ
 * folded, the report of everything approximated, the float and bit-accurate accuracies side by side,
 * and the STDPLoihi rule in the .lava.h5 file; a second export without --force keeps the files.
 */
class StdpExportCommandTest {
    private static final int TRAINING_IMAGES = 60;
    private static final int TEST_IMAGES = 40;
    private static final String BASE = "stdp-small";

    @TempDir
    static Path folder;
    static Path model;
    static Path data;

    @BeforeAll
    static void train() throws Exception {
        String circuit = Files.readString(Paths.get(StdpExportCommandTest.class.getResource("/stdp-small.yaml").toURI()));
        Path config = folder.resolve("circuit.yaml");
        Files.writeString(config, circuit);
        data = TinyIdxDataset.write(folder.resolve("data"), TRAINING_IMAGES, TEST_IMAGES);
        model = folder.resolve("model");
        CommandLineRun train = CommandLineRun.of("train", "--config", config.toString(), "--data", data.toString(),
                "--out", model.toString());
        assertEquals(0, train.exitCode(), train.toString());
    }

    @Test
    void exportsTheInferenceCircuitWithItsReportAndTheOnChipRule() throws Exception {
        Path out = folder.resolve("export");
        CommandLineRun export = CommandLineRun.of("export", "--model", model.toString(), "--data", data.toString(),
                "--out", out.toString());
        assertEquals(0, export.exitCode(), export.toString());
        String text = export.out();
        for (String expected : new String[] {"Reset -60.0000 mV ≠ rest -65.0000 mV", "Refractory period 5.00000 ms",
                "Adaptive threshold θ, frozen at inference", "rests without input; the Lava run resets",
                "STDPLoihi(learning_rate=1.0, A_plus=0.01, A_minus=-1.0E-4", "not representable: Constraint "
                        + "normalize-columns", "Test accuracy on " + TEST_IMAGES + " images",
                "float model (as trained, learning off)", "bit-accurate Lava simulator"}) {
            assertTrue(text.contains(expected), "no '" + expected + "' in\n" + export);
        }
        for (String suffix : new String[] {".lava.h5", ".nir", ".net", ".vectors.h5", ".export-report.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(BASE + suffix)), suffix + " missing: " + export);
        }
        try (HdfFile lava = new HdfFile(out.resolve(BASE + ".lava.h5"))) {
            assertEquals("1 * -1.0E-4 * x0 * y1 + 1 * 0.01 * y0 * x1",
                    lava.getDatasetByPath("learning/input-excitatory/dw").getData());
            assertEquals("STDPLoihi", lava.getDatasetByPath("learning/input-excitatory/rule").getData());
            assertEquals(20, ((Number) lava.getDatasetByPath("populations/excitatory/size").getData()).intValue());
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve(BASE + ".export-report.json").toFile());
        JsonNode accuracy = report.path("accuracy");
        assertEquals(TEST_IMAGES, accuracy.path("samples").asInt(), report.toString());
        double floatAccuracy = accuracy.path("floatAccuracy").asDouble(-1);
        double chipAccuracy = accuracy.path("bitAccurateAccuracy").asDouble(-1);
        assertTrue(floatAccuracy >= 0 && floatAccuracy <= 1 && chipAccuracy >= 0 && chipAccuracy <= 1, report.toString());
        assertTrue(report.toString().contains("ON_CHIP_LEARNING"), report.toString());

        // Lava's fixed-point equations, re-run in NumPy by the exported loader (written apart from the Java simulator).
        String python = Python.requireH5py();
        Python.Result simulated = Python.run(python, List.of(out.resolve("lava_loader.py").toString(),
                out.resolve(BASE + ".lava.h5").toString(), "--simulate", out.resolve(BASE + ".vectors.h5").toString()));
        assertEquals(0, simulated.exitCode(), simulated.output());
        assertTrue(simulated.output().contains("match the vectors file"), simulated.output());

        long before = Files.getLastModifiedTime(out.resolve(BASE + ".lava.h5")).toMillis();
        CommandLineRun again = CommandLineRun.of("export", "--model", model.toString(), "--data", data.toString(),
                "--out", out.toString());
        assertEquals(2, again.exitCode(), again.toString());
        assertTrue(again.err().contains("never overwrites files without --force"), again.toString());
        assertEquals(before, Files.getLastModifiedTime(out.resolve(BASE + ".lava.h5")).toMillis());
    }
}
