package org.spiking4j.testkit.parity;

import java.util.Locale;

/**
 * One seeded random circuit and data set for a parity run.
 *
 * @param protocol {@code contrastive-supervised} (with the label-context projections V2y, V3y) or
 *     {@code contrastive-unsupervised} (without them, csdp.md §8)
 * @param optimizer {@code adam} or {@code sgd}
 * @param batchSize positives per training batch (each training batch simulates twice as many rows)
 * @param trainBatches training batches before the one test batch
 */
public record ParityCase(long seed, int inputs, int hidden1, int hidden2, int steps, int batchSize, String protocol,
        String optimizer, int trainBatches) {
    public static final int CLASSES = 10;

    public boolean supervised() {
        return protocol.equals(ParityCircuit.SUPERVISED);
    }

    public String name() {
        return String.format(Locale.ROOT, "%s/%s %d-%d-%d T=%d B=%d seed=%d", protocol, optimizer, inputs, hidden1,
                hidden2, steps, batchSize, seed);
    }
}
