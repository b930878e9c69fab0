package org.spiking4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.readout.Readout;

class ReadoutTest {
    private static final int CLASSES = 3;

    @Test
    void classifierArgmaxTakesTheLargestCountAndTheFirstOnTies() {
        Readout readout = new ClassifierArgmax().create(circuit(PopulationRole.CLASSIFIER), Map.of());
        float[] counts = {0, 4, 1, /* tie */ 2, 0, 2, /* silence */ 0, 0, 0, /* not a sample */ 9, 0, 0};
        BatchResult result = new BatchResult(Map.of("out", counts), Map.of(), Map.of());
        assertArrayEquals(new int[] {1, 0, 0}, readout.predict(result, 3));
    }

    @Test
    void classifierArgmaxNamesTheMissingClassifier() {
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> new ClassifierArgmax().create(circuit(PopulationRole.HIDDEN), Map.of()));
        assertTrue(error.getMessage().contains("role classifier"), error.getMessage());
    }

    @Test
    void aReadoutsStateTravelsWithTheCheckpointUnderItsPrefix() {
        CountingReadout readout = new CountingReadout();
        CircuitTraining training = new CircuitTraining(new ContrastiveSupervisedProtocol(), null, readout);
        readout.observeTraining(null, new int[] {2, 0, 2}, 3);
        SimulationState checkpoint = training.withReadoutState(new SimulationState(Map.of("W1", new float[] {1f}),
                Map.of()));
        assertArrayEquals(new float[] {1f}, checkpoint.arrays().get("W1"));
        assertArrayEquals(new float[] {1, 0, 2}, checkpoint.arrays().get("readout/perClass"));

        CountingReadout fresh = new CountingReadout();
        new CircuitTraining(new ContrastiveSupervisedProtocol(), null, fresh).restoreReadout(checkpoint);
        assertArrayEquals(new float[] {1, 0, 2}, fresh.perClass);
    }

    /** A readout with training-set statistics: how many training samples of each class it saw. */
    private static final class CountingReadout implements Readout {
        private float[] perClass = new float[CLASSES];

        @Override
        public int[] predict(BatchResult result, int samples) {
            return new int[samples];
        }

        @Override
        public void observeTraining(BatchResult result, int[] labels, int samples) {
            for (int row = 0; row < samples; row++) {
                perClass[labels[row]]++;
            }
        }

        @Override
        public Map<String, float[]> exportState() {
            return Map.of("perClass", perClass.clone());
        }

        @Override
        public void importState(Map<String, float[]> state) {
            float[] restored = state.get("perClass");
            assertEquals(CLASSES, restored.length);
            perClass = restored.clone();
        }
    }

    private static CircuitDescription circuit(PopulationRole outputRole) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("in", new PopulationSpec("bernoulli", 4, PopulationRole.INPUT, null, null));
        populations.put("out", new PopulationSpec("slif", CLASSES, outputRole, null, null));
        return new CircuitDescription(CircuitDescription.API_VERSION, "readout-test", 1L, new TimeSpec(1, 1),
                populations, null, null, null, null, null, null);
    }
}
