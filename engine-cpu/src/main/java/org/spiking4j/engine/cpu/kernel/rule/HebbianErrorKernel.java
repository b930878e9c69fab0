package org.spiking4j.engine.cpu.kernel.rule;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import org.spiking4j.api.engine.builtin.HebbianErrorParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * The error-driven Hebbian rule of the classifier and reconstruction synapses (csdp.md §5):
 * Δ = −[(p·preWeight)ᵀ·(e·postWeight)] ⊙ (1 − |W|), the soft bound using W before the update.
 */
public final class HebbianErrorKernel implements CpuRuleKernel {
    /** The soft bound mixes the scratch delta row with a weight row; C2 will not vectorise that by itself. */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private final ProjectionBuffers projection;
    private final float preWeight;
    private final float postWeight;

    public HebbianErrorKernel(CpuKernelSetup setup, ProjectionBuffers projection) {
        this.projection = projection;
        HebbianErrorParameters parameters = HebbianErrorParameters.of(setup.plan(), projection.plan());
        this.preWeight = parameters.preWeight();
        this.postWeight = parameters.postWeight();
    }

    @Override
    public void accumulateRow(int preRow, float[] delta, int worker) {
        PreSignalProducts.addRow(projection, preRow, delta, preWeight, postWeight);
    }

    @Override
    public void shapeDelta(int preRow, float[] delta) {
        int postSize = projection.post().size();
        float[] weights = projection.weights();
        int base = preRow * postSize;
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(postSize); unit < vectorEnd; unit += SPECIES.length()) {
            FloatVector softBound = FloatVector.broadcast(SPECIES, 1f)
                    .sub(FloatVector.fromArray(SPECIES, weights, base + unit).abs());
            FloatVector.fromArray(SPECIES, delta, unit).neg().mul(softBound).intoArray(delta, unit);
        }
        for (; unit < postSize; unit++) {
            delta[unit] = -delta[unit] * (1f - Math.abs(weights[base + unit]));
        }
    }
}
