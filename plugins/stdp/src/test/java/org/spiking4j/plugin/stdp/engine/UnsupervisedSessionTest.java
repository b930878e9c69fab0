package org.spiking4j.plugin.stdp.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleProgress;

/** Sessions: θ and the rest of the state go through a checkpoint and a resume bit for bit. */
class UnsupervisedSessionTest {
    private static final int IMAGES = 12;
    private static final int PIXELS = 784;

    @Test
    void aResumedPassEndsBitIdenticalToAnUninterruptedOne() {
        for (String between : List.of("rest", "reset")) {
            CircuitDescription circuit = circuit(between);
            LabeledImages images = images();
            SimulationState uninterrupted;
            try (UnsupervisedSession session = new UnsupervisedSession(circuit)) {
                session.train(images, 0, SampleProgress.none());
                session.train(images, 1, SampleProgress.none());
                uninterrupted = session.exportState();
            }
            SimulationState checkpoint;
            try (UnsupervisedSession session = new UnsupervisedSession(circuit)) {
                session.train(images, 0, SampleProgress.none());
                checkpoint = session.exportState();
            }
            SimulationState resumed;
            try (UnsupervisedSession session = new UnsupervisedSession(circuit)) {
                session.importState(checkpoint);
                session.train(images, 1, SampleProgress.none());
                resumed = session.exportState();
            }
            assertArrayEquals(uninterrupted.arrays().get("input-excitatory"), resumed.arrays().get("input-excitatory"),
                    between);
            assertEquals(uninterrupted.scalars(), resumed.scalars(), between);
            double theta = 0;
            for (int unit = 0; unit < 20; unit++) {
                theta += uninterrupted.scalars().get(UnsupervisedSession.THETA_PREFIX + "excitatory/" + unit);
            }
            assertNotEquals(0.0, theta, "theta must have adapted for the test to mean something");
        }
    }

    @Test
    void thetaStaysFixedWhileCountingSpikesForTheReadout() {
        try (UnsupervisedSession session = new UnsupervisedSession(circuit("reset"))) {
            session.train(images(), 0, SampleProgress.none());
            Map<String, Double> before = new LinkedHashMap<>(session.exportState().scalars());
            float[] counts = session.spikeCounts(images(), 0, SampleProgress.none());
            Map<String, Double> after = session.exportState().scalars();
            for (int unit = 0; unit < 20; unit++) {
                String key = UnsupervisedSession.THETA_PREFIX + "excitatory/" + unit;
                assertEquals(before.get(key), after.get(key), key);
            }
            double total = 0;
            for (float count : counts) {
                total += count;
            }
            assertTrue(total > 0, "the readout population must spike");
        }
    }

    @Test
    void aSilentSampleIsPresentedAgainBrighterUpToTheBound() {
        CircuitDescription quiet = circuit("reset");
        Map<String, Double> params = new LinkedHashMap<>(quiet.protocol().params());
        params.put("minSpikes", 1e6);
        CircuitDescription demanding = quiet.withProtocol(quiet.protocol().withParams(params));
        try (UnsupervisedSession session = new UnsupervisedSession(demanding)) {
            session.train(images().head(2), 0, SampleProgress.none());
            double steps = session.exportState().scalars().get(UnsupervisedSession.GLOBAL_STEP);
            assertEquals(2.0 * UnsupervisedProtocol.MAX_PRESENTATIONS * quiet.time().steps(), steps);
        }
        try (UnsupervisedSession session = new UnsupervisedSession(quiet)) {
            session.train(images().head(2), 0, SampleProgress.none());
            assertEquals(2.0 * quiet.time().steps(), session.exportState().scalars().get(UnsupervisedSession.GLOBAL_STEP));
        }
    }

    @Test
    void anObservedPresentationIsTheOneWhoseCountsAreClassified() {
        CircuitDescription quiet = circuit("reset");
        Map<String, Double> params = new LinkedHashMap<>(quiet.protocol().params());
        params.put("minSpikes", 1e6); // never reached: every image is presented the most times, brighter each time
        CircuitDescription demanding = quiet.withProtocol(quiet.protocol().withParams(params));
        LabeledImages images = images().head(4);
        int stream = 7;
        float[] counts;
        try (UnsupervisedSession session = new UnsupervisedSession(demanding)) {
            counts = session.spikeCounts(images, stream, SampleProgress.none());
        }
        int units = 20;
        try (UnsupervisedSession session = new UnsupervisedSession(demanding)) {
            for (int image = 0; image < images.count(); image++) {
                float[] observed = new float[units];
                session.presentObserved(images, image, stream, (step, population, fired, count) -> {
                    if (population.equals(demanding.protocol().readout().population())) {
                        for (int index = 0; index < count; index++) {
                            observed[fired[index]]++;
                        }
                    }
                });
                float[] expected = java.util.Arrays.copyOfRange(counts, image * units, (image + 1) * units);
                assertArrayEquals(expected, observed, 0f, "image " + image);
            }
        }
    }

    private static LabeledImages images() {
        java.util.Random random = new java.util.Random(3);
        float[] pixels = new float[IMAGES * PIXELS];
        int[] labels = new int[IMAGES];
        for (int image = 0; image < IMAGES; image++) {
            labels[image] = image % 10;
            for (int pixel = 0; pixel < PIXELS; pixel++) {
                pixels[image * PIXELS + pixel] = random.nextFloat() < 0.2 ? random.nextFloat() : 0f;
            }
        }
        return new LabeledImages(pixels, labels, IMAGES, PIXELS, 10);
    }

    private static CircuitDescription circuit(String between) {
        Brian2ConformanceTest.Scenario scenario = new Brian2ConformanceTest.Scenario(PIXELS, 20, 20, 1, 60, 30,
                between, "set", "none", 78.4, 0f, 5);
        return scenario.circuit();
    }
}
