package org.spiking4j.engine.cpu.kernel.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.spiking4j.api.engine.builtin.AdamParameters;
import org.spiking4j.api.engine.builtin.AdamSchedule;
import org.spiking4j.api.engine.builtin.AdamState;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * Adam as ngclearn computes it (csdp.md §3a, §5): one float32 step counter shared by every
 * projection ({@link AdamSchedule}), incremented on every learning step and never reset; descent on
 * the rule's Δ.
 */
public final class AdamKernel implements CpuOptimizerKernel, AdamState {
    /**
     * C2 does not vectorise a loop whose arrays are indexed with different offsets (the scratch delta
     * row and the weight row); the lanewise operations below are the scalar ones, in the same order.
     */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private final AdamParameters parameters;
    private final AdamSchedule schedule;
    /** Per projection name: the first and second moment. */
    private final Map<String, float[][]> moments = new LinkedHashMap<>();

    public AdamKernel(CpuKernelSetup setup) {
        this.parameters = AdamParameters.of(setup.plan().optimizer().parameters());
        this.schedule = new AdamSchedule(parameters);
    }

    @Override
    public void attach(ProjectionBuffers projection) {
        int count = projection.weights().length;
        moments.put(projection.name(), new float[][] {new float[count], new float[count]});
    }

    @Override
    public void beginStep() {
        schedule.advance();
    }

    @Override
    public void apply(ProjectionBuffers projection, int preRow, float[] delta) {
        float[] weights = projection.weights();
        float[][] state = moments.get(projection.name());
        float[] m = state[0];
        float[] v = state[1];
        float eta = parameters.eta();
        float beta1 = parameters.beta1();
        float beta2 = parameters.beta2();
        float oneMinusBeta1 = parameters.oneMinusBeta1();
        float oneMinusBeta2 = parameters.oneMinusBeta2();
        float epsilon = parameters.epsilon();
        float firstCorrection = schedule.firstCorrection();
        float secondCorrection = schedule.secondCorrection();
        int postSize = projection.post().size();
        int base = preRow * postSize;
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(postSize); unit < vectorEnd; unit += SPECIES.length()) {
            int index = base + unit;
            FloatVector d = FloatVector.fromArray(SPECIES, delta, unit);
            FloatVector mi = FloatVector.fromArray(SPECIES, m, index).mul(beta1).add(d.mul(oneMinusBeta1));
            FloatVector vi = FloatVector.fromArray(SPECIES, v, index).mul(beta2).add(d.mul(d).mul(oneMinusBeta2));
            mi.intoArray(m, index);
            vi.intoArray(v, index);
            FloatVector step = mi.div(firstCorrection).mul(eta).div(vi.div(secondCorrection).sqrt().add(epsilon));
            FloatVector.fromArray(SPECIES, weights, index).sub(step).intoArray(weights, index);
        }
        for (; unit < postSize; unit++) {
            int index = base + unit;
            float d = delta[unit];
            float mi = m[index] * beta1 + d * oneMinusBeta1;
            float vi = v[index] * beta2 + (d * d) * oneMinusBeta2;
            m[index] = mi;
            v[index] = vi;
            weights[index] = weights[index]
                    - (eta * (mi / firstCorrection)) / ((float) Math.sqrt(vi / secondCorrection) + epsilon);
        }
        java.util.Arrays.fill(delta, 0, postSize, 0f);
    }

    @Override
    public float[] exportState(String projection, String key) {
        return moments.get(projection)[AdamParameters.STATE_KEYS.indexOf(key)].clone();
    }

    @Override
    public void importState(String projection, String key, float[] values) {
        float[] target = moments.get(projection)[AdamParameters.STATE_KEYS.indexOf(key)];
        System.arraycopy(values, 0, target, 0, values.length);
    }

    @Override
    public AdamSchedule schedule() {
        return schedule;
    }
}
