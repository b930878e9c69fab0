package org.spiking4j.engine.cpu.kernel.optimizer;

import java.util.Map;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/** Plain gradient descent on the rule's Δ: W = W − η·Δ. Stateless. */
public final class SgdKernel implements CpuOptimizerKernel {
    private final float eta;

    public SgdKernel(CpuKernelSetup setup) {
        this.eta = (float) CpuKernelSetup.parameter(setup.circuit().optimizer().params(), "eta", "the sgd optimiser");
    }

    @Override
    public void attach(ProjectionBuffers projection) {
    }

    @Override
    public void beginStep() {
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

    @Override
    public Map<String, float[]> exportArrays() {
        return Map.of();
    }

    @Override
    public Map<String, Double> exportScalars() {
        return Map.of();
    }

    @Override
    public void importState(Map<String, float[]> arrays, Map<String, Double> scalars) {
    }
}
