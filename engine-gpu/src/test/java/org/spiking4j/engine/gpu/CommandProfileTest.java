package org.spiking4j.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.PhaseCommands;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.engine.ProfilePhases;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.simulation.OpenClSimulation;

/**
 * {@code bench --profile} on the OpenCL engine: device time per phase from event timestamps, every
 * command in one of the CPU engine's phases, and no change to what is computed. Without profiling no
 * event is made at all.
 */
class CommandProfileTest {
    private static final int INPUTS = 196;
    private static final int HIDDEN = 64;
    private static final int POSITIVES = 8;
    private static final int STEPS = 10;
    private static final int BATCHES = 3;
    /**
     * Device busy time may exceed the wall time around the timed {@code run} calls only by the clocks'
     * granularity and the device clock's drift against the host's: a few percent at most.
     */
    private static final double CLOCK_TOLERANCE = 0.05;
    /**
     * The least share of the wall time the device is busy. Measured on PoCL (2 shared cores) for this
     * small circuit: 0.17 to 0.3 (the rest is the host's enqueueing); 0.1 still fails if the row phase,
     * which is most of the device time, were not profiled.
     */
    private static final double LEAST_BUSY_SHARE = 0.1;

    private static final CircuitDescription CIRCUIT = TestCircuits.csdp(INPUTS, HIDDEN, POSITIVES, STEPS);
    private static final SimulationOptions PLAIN = new SimulationOptions(1, KernelChoice.AUTO);
    private static final SimulationOptions PROFILED = PLAIN.withProfile(true);

    @Test
    void profilingLeavesEveryWeightAndOutputBitIdentical() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        Trained plain = train(backend, PLAIN);
        Trained profiled = train(backend, PROFILED);
        assertEquals(plain.weights().keySet(), profiled.weights().keySet());
        plain.weights().forEach((name, weights) -> assertArrayEquals(weights, profiled.weights().get(name),
                "weights " + name + " differ with profiling on"));
        for (int batch = 0; batch < BATCHES; batch++) {
            BatchResult expected = plain.results().get(batch);
            BatchResult actual = profiled.results().get(batch);
            assertEquals(expected.spikesPerStep(), actual.spikesPerStep(), "spike rates of batch " + batch);
            int index = batch;
            expected.classifierCounts().forEach((name, counts) -> assertArrayEquals(counts,
                    actual.classifierCounts().get(name), "classifier counts " + name + " of batch " + index));
            expected.reconstructionTraceSums().forEach((name, sums) -> assertArrayEquals(sums,
                    actual.reconstructionTraceSums().get(name), "trace sums " + name + " of batch " + index));
        }
    }

    @Test
    void withoutProfilingNoEventIsMadeAndNothingIsReported() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        long before = backend.ledger().eventsCreated();
        try (OpenClSimulation simulation = backend.compile(CIRCUIT, PLAIN)) {
            for (int batch = 0; batch < BATCHES; batch++) {
                simulation.run(TestCircuits.trainingBatch(INPUTS, POSITIVES, batch));
            }
            assertEquals(Map.of(), simulation.phaseSeconds());
            assertEquals(Map.of(), simulation.phaseCommands());
        }
        assertEquals(before, backend.ledger().eventsCreated(), "events were made without profiling");
    }

    @Test
    void thePhasesSumToTheDeviceTimeAndEveryCommandHasAPhase() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        ResourceLedger ledger = backend.ledger();
        long wallNanos;
        Map<String, Double> seconds;
        Map<String, PhaseCommands> commands;
        double busy;
        double idle;
        try (OpenClSimulation simulation = backend.compile(CIRCUIT, PROFILED)) {
            int objectsOfTheSimulation = ledger.liveObjects();
            // Made first: the device's idle time before the first timed command counts from the last untimed one.
            List<Batch> batches = new ArrayList<>();
            for (int batch = 0; batch < BATCHES; batch++) {
                batches.add(TestCircuits.trainingBatch(INPUTS, POSITIVES, batch));
            }
            // Two untimed batches, the profile read after each: the first read loads classes, which the device
            // would otherwise count as idle time before the first timed command.
            for (int warmup = 0; warmup < 2; warmup++) {
                simulation.run(batches.get(warmup));
                simulation.phaseSeconds();
                simulation.phaseCommands();
            }
            double untimed = total(simulation.phaseSeconds());
            double untimedIdle = idle(simulation.phaseCommands());
            assertEquals(objectsOfTheSimulation, ledger.liveObjects(), "events alive after their timestamps were read");
            // run() ends with blocking reads of the outputs, so the queue is empty when it returns.
            long started = System.nanoTime();
            for (Batch batch : batches) {
                simulation.run(batch);
            }
            wallNanos = System.nanoTime() - started;
            long eventsBefore = ledger.eventsCreated();
            simulation.phaseSeconds();
            assertEquals(eventsBefore, ledger.eventsCreated(), "reading the profile enqueued commands");
            seconds = simulation.phaseSeconds();
            commands = simulation.phaseCommands();
            busy = total(seconds) - untimed;
            idle = idle(commands) - untimedIdle;
        }
        assertEquals(0, ledger.liveObjects(), "events or other objects alive after closing");

        Set<String> expected = Set.of(ProfilePhases.BATCH_SETUP, ProfilePhases.ROW_PHASE, ProfilePhases.TRANSFERS,
                "learning W1 (csdp)", "learning M1 (csdp)", "learning V2y (csdp)", "learning C2 (hebbian-error)");
        assertEquals(expected, seconds.keySet(), "phases of the profile");
        assertEquals(seconds.keySet(), commands.keySet());
        commands.forEach((phase, counts) -> assertTrue(counts.commands() > 0, phase + " has no command"));
        seconds.forEach((phase, value) -> assertTrue(value > 0, phase + " took no device time"));
        // Each learning phase runs its rule's kernels and the optimiser's pass every step of every batch.
        long steps = (long) (BATCHES + 2) * STEPS;
        expected.stream().filter(phase -> phase.startsWith("learning ")).forEach(phase -> assertEquals(0,
                commands.get(phase).commands() % steps, phase + ": commands not a whole number per step"));

        double wall = wallNanos / 1e9;
        assertTrue(busy <= wall * (1 + CLOCK_TOLERANCE), "device busy " + busy + " s exceeds the wall time " + wall
                + " s");
        assertTrue(idle >= 0, "negative idle time " + idle + " s");
        assertTrue(busy >= wall * LEAST_BUSY_SHARE, "device busy " + busy + " s is under " + LEAST_BUSY_SHARE
                + " of the wall time " + wall + " s: commands are missing from the profile");
    }

    private static double idle(Map<String, PhaseCommands> commands) {
        return commands.values().stream().mapToDouble(PhaseCommands::idleBeforeSeconds).sum();
    }

    private static double total(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Trained train(OpenClBackend backend, SimulationOptions options) {
        List<BatchResult> results = new ArrayList<>();
        try (OpenClSimulation simulation = backend.compile(CIRCUIT, options)) {
            for (int batch = 0; batch < BATCHES; batch++) {
                results.add(simulation.run(TestCircuits.trainingBatch(INPUTS, POSITIVES, batch)));
            }
            return new Trained(simulation.weights(), results);
        }
    }

    private record Trained(Map<String, float[]> weights, List<BatchResult> results) {
    }
}
