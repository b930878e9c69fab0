package org.spiking4j.engine.cpu.kernel.rule;

import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.builtin.HebbianErrorParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/**
 * The error-driven Hebbian rule of the classifier and reconstruction synapses (csdp.md §5):
 * Δ = −[(p·preWeight)ᵀ·(e·postWeight)] ⊙ (1 − |W|), the soft bound using W before the update.
 */
public final class HebbianErrorKernel implements CpuRuleKernel {
    private final ProjectionBuffers projection;
    private final BatchContext batch;
    private final float preWeight;
    private final float postWeight;

    public HebbianErrorKernel(CpuKernelSetup setup, ProjectionBuffers projection) {
        this.projection = projection;
        this.batch = setup.batch();
        HebbianErrorParameters parameters = HebbianErrorParameters.of(setup.plan(), projection.plan());
        this.preWeight = parameters.preWeight();
        this.postWeight = parameters.postWeight();
    }

    @Override
    public void accumulate(int fromPre, int toPre, int worker) {
        int postSize = projection.post().size();
        int preSize = projection.pre().size();
        float[] delta = projection.delta();
        SignalBuffers signal = projection.signal();
        float[] error = signal.values();
        int[] support = signal.support();
        int[] supportCount = signal.supportCount();
        int[] preActive = projection.preActive();
        int[] preCount = projection.preActiveCount();
        for (int row = 0; row < batch.rows(); row++) {
            int supported = supportCount[row];
            if (supported == 0) {
                continue;
            }
            int preBase = row * preSize;
            int rowBase = row * postSize;
            for (int k = 0; k < preCount[row]; k++) {
                int pre = preActive[preBase + k];
                if (pre < fromPre) {
                    continue;
                }
                if (pre >= toPre) {
                    break;
                }
                int weightBase = pre * postSize;
                for (int s = 0; s < supported; s++) {
                    int unit = support[rowBase + s];
                    delta[weightBase + unit] += preWeight * (error[rowBase + unit] * postWeight);
                }
            }
        }
    }

    @Override
    public void shapeDelta(int preRow) {
        int postSize = projection.post().size();
        float[] delta = projection.delta();
        float[] weights = projection.weights();
        int base = preRow * postSize;
        for (int index = base; index < base + postSize; index++) {
            delta[index] = -delta[index] * (1f - Math.abs(weights[index]));
        }
    }
}
