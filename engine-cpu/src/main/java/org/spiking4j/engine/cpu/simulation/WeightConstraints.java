package org.spiking4j.engine.cpu.simulation;

import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/** A projection's bounds, then its hollow mask (diagonal zeroed after the clip), on one weight row. */
record WeightConstraints(float lower, float upper, boolean hollow) {

    void apply(ProjectionBuffers projection, int preRow) {
        float[] weights = projection.weights();
        int postSize = projection.post().size();
        int base = preRow * postSize;
        for (int index = base; index < base + postSize; index++) {
            weights[index] = Math.min(Math.max(weights[index], lower), upper);
        }
        if (hollow && preRow < postSize) {
            weights[base + preRow] = 0f;
        }
    }
}
