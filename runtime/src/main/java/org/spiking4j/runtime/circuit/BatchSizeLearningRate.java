package org.spiking4j.runtime.circuit;

/**
 * The reference's batch-size rule for the learning rate and the CSDP depression (csdp.md §3),
 * keyed by the number of positive samples per batch. It is the default; explicit values win.
 */
public record BatchSizeLearningRate(double eta, double weightDecay) {

    private static final int[] MINIMUM_BATCH = {200, 100, 50, 20, 10, 0};
    private static final double[] ETA = {0.002, 0.001, 0.001, 0.00075, 0.00055, 0.0004};
    private static final double[] WEIGHT_DECAY = {5e-5, 6e-5, 7e-5, 8e-5, 9e-5, 1e-4};

    public static BatchSizeLearningRate forBatchSize(int positivesPerBatch) {
        for (int tier = 0; tier < MINIMUM_BATCH.length; tier++) {
            if (positivesPerBatch >= MINIMUM_BATCH[tier]) {
                return new BatchSizeLearningRate(ETA[tier], WEIGHT_DECAY[tier]);
            }
        }
        throw new IllegalStateException("unreachable: the last tier accepts every batch size");
    }
}
