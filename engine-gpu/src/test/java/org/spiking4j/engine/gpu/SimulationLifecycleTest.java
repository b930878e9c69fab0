package org.spiking4j.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.simulation.OpenClSimulation;

/** Device memory and OpenCL objects are given back when a simulation closes, however many are opened. */
class SimulationLifecycleTest {
    private static final int SIMULATIONS = 50;
    private static final int INPUTS = 64;
    private static final int HIDDEN = 32;
    private static final int POSITIVES = 4;
    private static final int STEPS = 4;

    @Test
    void openingAndClosingManySimulationsLeavesNothingBehind() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        ResourceLedger ledger = backend.ledger();
        CircuitDescription circuit = TestCircuits.csdp(INPUTS, HIDDEN, POSITIVES, STEPS);
        long firstSize = -1;
        for (int index = 0; index < SIMULATIONS; index++) {
            try (OpenClSimulation simulation = backend.compile(circuit, SimulationOptions.defaults())) {
                simulation.run(TestCircuits.trainingBatch(INPUTS, POSITIVES, index));
                long size = simulation.deviceBytes();
                assertTrue(size > 0);
                if (firstSize < 0) {
                    firstSize = size;
                }
                assertEquals(firstSize, size, "simulation " + index + " holds a different amount of device memory");
                assertEquals(size, ledger.liveBytes(), "only the open simulation holds device memory");
            }
            assertEquals(0, ledger.liveBytes(), "device bytes still held after closing simulation " + index);
            assertEquals(0, ledger.liveBuffers(), "buffers still alive after closing simulation " + index);
            assertEquals(0, ledger.liveObjects(), "contexts, queues, programs or kernels alive after " + index);
        }
        assertEquals(firstSize, ledger.peakBytes(), "device memory grew across simulations");
    }

    @Test
    void aClosedSimulationSaysSo() {
        OpenClBackend backend = OpenClTestDevices.requireBackend();
        OpenClSimulation simulation = backend.compile(TestCircuits.csdp(INPUTS, HIDDEN, POSITIVES, STEPS),
                SimulationOptions.defaults());
        simulation.close();
        simulation.close();
        Spiking4jException error = assertThrows(Spiking4jException.class, simulation::weights);
        assertTrue(error.getMessage().contains("after it was closed"), error.getMessage());
    }
}
