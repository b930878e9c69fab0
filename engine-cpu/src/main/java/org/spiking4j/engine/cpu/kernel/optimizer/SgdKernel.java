package org.spiking4j.engine.cpu.kernel.optimizer;

import org.spiking4j.api.engine.builtin.SgdParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/** Plain gradient descent on the rule's Δ: W = W − η·Δ. Stateless. */
public final class SgdKernel implements CpuOptimizerKernel {
    private final float eta;

    public SgdKernel(CpuKernelSetup setup) {
        this.eta = SgdParameters.of(setup.plan().optimizer().parameters()).eta();
    }

    @Override
    public void apply(ProjectionBuffers projection, int preRow, float[] delta) {
        float[] weights = projection.weights();
        int postSize = projection.post().size();
        int base = preRow * postSize;
        for (int unit = 0; unit < postSize; unit++) {
            weights[base + unit] = weights[base + unit] - eta * delta[unit];
            delta[unit] = 0f;
        }
    }
}
