package org.spiking4j.export.loihi.accuracy;

import org.spiking4j.api.data.LabeledImages;

/**
 * The float engine's test accuracy of the same trained model (adaptive threshold and all), as the
 * runtime's evaluator measures it. The command line supplies it; the exporter only reports it.
 */
@FunctionalInterface
public interface FloatModelAccuracy {

    /** Accuracy in [0, 1] on these images, run in batches of {@code testBatchSize}. */
    double accuracy(LabeledImages test, int testBatchSize);
}
