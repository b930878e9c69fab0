package org.spiking4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.api.engine.ProfilePhases;
import org.spiking4j.engine.gpu.device.DeviceProbe;

/** {@code bench --backend opencl --profile}: the per-phase device table and its JSON, only when asked. */
class OpenClBenchProfileTest {
    /** Busy device time may exceed the bench's wall time only by clock granularity and drift. */
    private static final double CLOCK_TOLERANCE = 0.05;
    private static Path circuit;

    @BeforeAll
    static void requireOpenCl() throws Exception {
        DeviceProbe.Outcome outcome = new DeviceProbe().probe();
        if (!outcome.availability().available()) {
            if ("1".equals(System.getenv("REQUIRE_OPENCL"))) {
                fail("REQUIRE_OPENCL=1 but OpenCL is unavailable: " + outcome.availability().reason());
            }
            Assumptions.abort("OpenCL tests skipped: " + outcome.availability().reason());
        }
        circuit = Paths.get(OpenClBenchProfileTest.class.getResource("/csdp-small.yaml").toURI());
    }

    @Test
    void profileGivesDeviceTimePerPhaseInTheTableAndTheJson(@TempDir Path folder) throws Exception {
        JsonNode event = bench(folder, true);
        JsonNode seconds = event.get("profile_seconds");
        JsonNode commands = event.get("profile_commands");
        assertTrue(seconds.has(ProfilePhases.ROW_PHASE), seconds.toString());
        assertTrue(seconds.has("learning W1 (csdp)"), seconds.toString());
        double busy = 0;
        for (var phase = seconds.fieldNames(); phase.hasNext(); ) {
            String name = phase.next();
            busy += seconds.get(name).asDouble();
            assertTrue(commands.get(name).get("commands").asLong() > 0, name + " in " + commands);
        }
        double wall = event.get("profiled_wall_seconds").asDouble();
        assertTrue(busy > 0 && busy <= wall * (1 + CLOCK_TOLERANCE), "busy " + busy + " s, wall " + wall + " s");
    }

    @Test
    void withoutProfileNothingIsMeasured(@TempDir Path folder) throws Exception {
        JsonNode event = bench(folder, false);
        assertEquals(0, event.get("profile_seconds").size(), event.toString());
        assertEquals(0, event.get("profile_commands").size(), event.toString());
    }

    private static JsonNode bench(Path folder, boolean profile) throws Exception {
        Path json = folder.resolve("bench.json");
        CommandLineRun run = profile
                ? CommandLineRun.of("bench", "--config", circuit.toString(), "--backend", "opencl", "--strategies",
                        "event", "--warmup-batches", "1", "--train-batches", "1", "--test-batches", "1", "--json",
                        json.toString(), "--profile")
                : CommandLineRun.of("bench", "--config", circuit.toString(), "--backend", "opencl", "--strategies",
                        "event", "--warmup-batches", "1", "--train-batches", "1", "--test-batches", "1", "--json",
                        json.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(profile, run.out().contains("device time from OpenCL events"), run.toString());
        return new ObjectMapper().readTree(json.toFile()).at("/strategies/event");
    }
}
