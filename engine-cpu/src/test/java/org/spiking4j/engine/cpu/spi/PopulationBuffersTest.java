package org.spiking4j.engine.cpu.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.plan.OutputKind;
import org.spiking4j.api.plan.Parameters;
import org.spiking4j.api.plan.PopulationPlan;

/** An encoder notes twin rows (the training batch [X; X] of csdp.md §4.1) only when the halves are equal. */
class PopulationBuffersTest {
    private static final int SIZE = 5;
    private static final int ROWS = 6;

    private final PopulationBuffers buffers = new PopulationBuffers(new PopulationPlan(0, "z0", "bernoulli", SIZE,
            PopulationRole.INPUT, true, Float.NaN, List.of(), List.of(), OutputKind.NONE, true,
            new Parameters("z0", Map.of())), ROWS);

    @Test
    void aRepeatedFirstHalfMakesTwins() {
        buffers.setBatchInputs(repeatedHalves(), null, ROWS);
        assertEquals(ROWS / 2, buffers.twinOffset());
    }

    @Test
    void oneDifferentValueOrInjectedSpikesOrAnOddBatchMakeNone() {
        float[] differing = repeatedHalves();
        differing[ROWS * SIZE - 1] += 0.25f;
        buffers.setBatchInputs(differing, null, ROWS);
        assertEquals(0, buffers.twinOffset());

        buffers.setBatchInputs(repeatedHalves(), new byte[1][ROWS * SIZE], ROWS);
        assertEquals(0, buffers.twinOffset());

        buffers.setBatchInputs(repeatedHalves(), null, ROWS - 1);
        assertEquals(0, buffers.twinOffset());
    }

    private static float[] repeatedHalves() {
        float[] clamp = new float[ROWS * SIZE];
        int half = ROWS / 2 * SIZE;
        for (int index = 0; index < half; index++) {
            clamp[index] = index / (float) half;
            clamp[half + index] = clamp[index];
        }
        return clamp;
    }
}
