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
    public void apply(ProjectionBuffers projection, int preRow) {
        float[] weights = projection.weights();
        float[] delta = projection.delta();
        int postSize = projection.post().size();
        for (int index = preRow * postSize; index < (preRow + 1) * postSize; index++) {
            weights[index] = weights[index] - eta * delta[index];
            delta[index] = 0f;
        }
    }
}
