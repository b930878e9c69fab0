package org.spiking4j.engine.cpu.kernel.rule;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.builtin.CsdpParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;
import org.spiking4j.engine.cpu.spi.SpikeBuffer;

/**
 * The CSDP rule (csdp.md §5): Δ = preᵀ·(g·r) goes to the optimiser; afterwards every weight loses
 * wDecay per (silent pre, spiking post) pair of the batch. That count (1−p)ᵀq is split into the
 * post spike count per column minus the sparse pᵀq, so only spiking pairs are visited.
 */
public final class CsdpKernel implements CpuRuleKernel {
    /** The decay pass mixes a column vector with a weight row; C2 will not vectorise that by itself. */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private final ProjectionBuffers projection;
    private final BatchContext batch;
    private final float signalScale;
    private final float weightDecay;
    private final float[] postSpikesPerColumn;
    private final float[] coincidences;

    public CsdpKernel(CpuKernelSetup setup, ProjectionBuffers projection) {
        this.projection = projection;
        this.batch = setup.batch();
        CsdpParameters parameters = CsdpParameters.of(setup.plan(), projection.plan());
        this.signalScale = parameters.signalScale();
        this.weightDecay = parameters.weightDecay();
        int post = projection.post().size();
        this.postSpikesPerColumn = new float[post];
        this.coincidences = parameters.decays() ? new float[projection.pre().size() * post] : null;
    }

    @Override
    public void beginStep() {
        if (coincidences == null) {
            return;
        }
        java.util.Arrays.fill(postSpikesPerColumn, 0f);
        SpikeBuffer post = projection.post().spikes();
        int size = post.size();
        int[] active = post.active();
        int[] counts = post.activeCount();
        for (int row = 0; row < batch.rows(); row++) {
            int base = row * size;
            for (int k = 0; k < counts[row]; k++) {
                postSpikesPerColumn[active[base + k]] += 1f;
            }
        }
    }

    @Override
    public void accumulate(int fromPre, int toPre, int worker) {
        int postSize = projection.post().size();
        int preSize = projection.pre().size();
        float[] delta = projection.delta();
        SignalBuffers signal = projection.signal();
        float[] g = signal.values();
        int[] support = signal.support();
        int[] supportCount = signal.supportCount();
        int[] preActive = projection.preActive();
        int[] preCount = projection.preActiveCount();
        SpikeBuffer post = projection.post().spikes();
        int[] postActive = post.active();
        int[] postCount = post.activeCount();
        for (int row = 0; row < batch.rows(); row++) {
            int preBase = row * preSize;
            int rowBase = row * postSize;
            int supported = supportCount[row];
            int postSpikes = postCount[row];
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
                    delta[weightBase + unit] += g[rowBase + unit] * signalScale;
                }
                if (coincidences != null) {
                    for (int s = 0; s < postSpikes; s++) {
                        coincidences[weightBase + postActive[rowBase + s]] += 1f;
                    }
                }
            }
        }
    }

    @Override
    public void constrain(int preRow) {
        if (coincidences == null) {
            return;
        }
        int postSize = projection.post().size();
        float[] weights = projection.weights();
        int base = preRow * postSize;
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(postSize); unit < vectorEnd; unit += SPECIES.length()) {
            FloatVector silentPrePairs = FloatVector.fromArray(SPECIES, postSpikesPerColumn, unit)
                    .sub(FloatVector.fromArray(SPECIES, coincidences, base + unit));
            FloatVector.fromArray(SPECIES, weights, base + unit).sub(silentPrePairs.mul(weightDecay))
                    .intoArray(weights, base + unit);
        }
        for (; unit < postSize; unit++) {
            float silentPrePairs = postSpikesPerColumn[unit] - coincidences[base + unit];
            weights[base + unit] = weights[base + unit] - weightDecay * silentPrePairs;
        }
        java.util.Arrays.fill(coincidences, base, base + postSize, 0f);
    }
}
