package org.spiking4j.engine.cpu.kernel.rule;

import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;
import org.spiking4j.engine.cpu.spi.UnitSpikeRows;

/**
 * One weight row of preᵀ·signal, the outer product both built-in rules start from: over the batch
 * rows in which the pre unit spiked, in ascending order, each non-zero signal value v adds
 * preWeight·(v·postWeight) to its column (CSDP passes preWeight 1, which multiplies exactly).
 */
final class PreSignalProducts {

    private PreSignalProducts() {
    }

    static void addRow(ProjectionBuffers projection, int preRow, float[] delta, float preWeight, float postWeight) {
        int postSize = projection.post().size();
        SignalBuffers signal = projection.signal();
        int[] support = signal.support();
        float[] supportValues = signal.supportValues();
        int[] supportCount = signal.supportCount();
        UnitSpikeRows spikeRows = projection.preSpikeRows();
        int[] rows = spikeRows.rows();
        for (int k = spikeRows.start(preRow); k < spikeRows.start(preRow + 1); k++) {
            int rowBase = rows[k] * postSize;
            int supportEnd = rowBase + supportCount[rows[k]];
            for (int s = rowBase; s < supportEnd; s++) {
                delta[support[s]] += preWeight * (supportValues[s] * postWeight);
            }
        }
    }
}
