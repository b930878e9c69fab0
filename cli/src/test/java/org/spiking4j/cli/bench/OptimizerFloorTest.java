package org.spiking4j.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.OptimizerSpec;
import org.spiking4j.runtime.circuit.CircuitFiles;
import org.spiking4j.runtime.plugin.PluginLoader;

class OptimizerFloorTest {
    private static final double EXACT = 0;

    private static CircuitDescription smallCircuit() throws Exception {
        Path file = Paths.get(OptimizerFloorTest.class.getResource("/csdp-small.yaml").toURI());
        return new CircuitFiles().read(file, new PluginLoader(OptimizerFloorTest.class.getClassLoader()).load(null));
    }

    @Test
    void adamMovesTwentyEightBytesPerPlasticWeightPerStep() throws Exception {
        OptimizerFloor floor = OptimizerFloor.of(smallCircuit());
        // W1 784x40 + M1 40x40 + V2 20x40 + V2y 10x40 + W2 40x20 + M2 20x20 + V3y 10x20 + C2 40x10
        // + C3 20x10 + R1 40x784, counted by hand from csdp-small.yaml
        long plastic = 31_360 + 1_600 + 800 + 400 + 800 + 400 + 200 + 400 + 200 + 31_360;
        assertEquals(plastic, floor.plasticParameters());
        // 16 steps per batch of 4 positives
        assertEquals(28.0 * plastic * 16 / 4, floor.bytesPerPositiveSample(), EXACT);
        assertEquals(floor.bytesPerPositiveSample() / 1e9, floor.secondsPerSample(1e9), EXACT);
    }

    @Test
    void sgdMovesTwelveAndAnUnknownOptimiserHasNoFloor() throws Exception {
        CircuitDescription circuit = smallCircuit();
        assertEquals(12, OptimizerFloor.of(circuit.withOptimizer(new OptimizerSpec("sgd", null)))
                .bytesPerParameterPerStep());
        assertNull(OptimizerFloor.of(circuit.withOptimizer(new OptimizerSpec("lion", null))));
    }
}
