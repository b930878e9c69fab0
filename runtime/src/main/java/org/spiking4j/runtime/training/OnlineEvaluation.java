package org.spiking4j.runtime.training;

import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.SampleProgress;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Evaluates a model trained by an {@link OnlineProtocol} through the protocol's own driver, learning
 * off: the checkpoint's weights and frozen adaptive thresholds, the readout fitted after the last pass,
 * the test images with the input-spike stream of that pass's test, started from the state the test
 * started from in training, so the accuracy is the one {@code train} printed.
 */
public final class OnlineEvaluation {
    private final PluginRegistry registry;

    public OnlineEvaluation(PluginRegistry registry) {
        this.registry = registry;
    }

    /** What the evaluation found and whether it could start from training's own test state. */
    public record Result(double accuracy, double seconds, boolean sameStartAsTraining) {
    }

    public Result evaluate(OnlineProtocol protocol, Checkpoint checkpoint, LabeledImages test, SampleProgress progress) {
        long began = System.nanoTime();
        try (TrainedOnlineModel model = TrainedOnlineModel.open(registry, protocol, checkpoint)) {
            int[] predictions = predictions(model, test, progress);
            return new Result(Accuracy.of(predictions, test), (System.nanoTime() - began) / 1e9,
                    !model.testStart().isEmpty());
        }
    }

    /** The readout population's (images, units) test counts, as training's last test drew them. */
    public static float[] testCounts(TrainedOnlineModel model, LabeledImages test, SampleProgress progress) {
        if (!model.testStart().isEmpty()) {
            model.session().importState(new SimulationState(model.state().arrays(), model.testStart()));
        }
        return model.session().spikeCounts(test, testStream(model), progress);
    }

    /** The input-spike stream of training's last test. */
    public static int testStream(TrainedOnlineModel model) {
        return OnlineTrainer.TEST_STREAM + model.passes() - 1;
    }

    /** The readout's class for every test image, from {@link #testCounts}. */
    public static int[] predictions(TrainedOnlineModel model, LabeledImages test, SampleProgress progress) {
        float[] counts = testCounts(model, test, progress);
        return model.readout().predict(OnlineTrainer.counts(model.readoutSpec(), counts), test.count());
    }
}
