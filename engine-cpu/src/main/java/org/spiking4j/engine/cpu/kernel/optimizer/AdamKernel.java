package org.spiking4j.engine.cpu.kernel.optimizer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * Adam as ngclearn computes it (csdp.md §3a, §5): one float32 step counter shared by every
 * projection, incremented on every learning step and never reset; descent on the rule's Δ.
 */
public final class AdamKernel implements CpuOptimizerKernel {
    static final String STEP_SCALAR = "adam.step";
    static final String FIRST_MOMENT_PREFIX = "adam.m/";
    static final String SECOND_MOMENT_PREFIX = "adam.v/";

    private final float eta;
    private final float beta1;
    private final float beta2;
    private final float oneMinusBeta1;
    private final float oneMinusBeta2;
    private final float epsilon;
    private final Map<String, float[]> firstMoments = new LinkedHashMap<>();
    private final Map<String, float[]> secondMoments = new LinkedHashMap<>();
    private float step;
    private float firstCorrection;
    private float secondCorrection;

    public AdamKernel(CpuKernelSetup setup) {
        Map<String, Double> params = setup.circuit().optimizer().params();
        String owner = "the adam optimiser";
        this.eta = (float) CpuKernelSetup.parameter(params, "eta", owner);
        this.beta1 = (float) CpuKernelSetup.parameter(params, "beta1", owner);
        this.beta2 = (float) CpuKernelSetup.parameter(params, "beta2", owner);
        this.epsilon = (float) CpuKernelSetup.parameter(params, "epsilon", owner);
        this.oneMinusBeta1 = (float) (1.0 - CpuKernelSetup.parameter(params, "beta1", owner));
        this.oneMinusBeta2 = (float) (1.0 - CpuKernelSetup.parameter(params, "beta2", owner));
    }

    @Override
    public void attach(ProjectionBuffers projection) {
        firstMoments.put(projection.name(), new float[projection.weights().length]);
        secondMoments.put(projection.name(), new float[projection.weights().length]);
    }

    @Override
    public void beginStep() {
        step = step + 1f;
        firstCorrection = 1f - (float) Math.pow(beta1, step);
        secondCorrection = 1f - (float) Math.pow(beta2, step);
    }

    @Override
    public void apply(ProjectionBuffers projection, int preRow) {
        float[] weights = projection.weights();
        float[] delta = projection.delta();
        float[] m = firstMoments.get(projection.name());
        float[] v = secondMoments.get(projection.name());
        int postSize = projection.post().size();
        int from = preRow * postSize;
        int to = from + postSize;
        for (int index = from; index < to; index++) {
            float d = delta[index];
            float mi = m[index] * beta1 + d * oneMinusBeta1;
            float vi = v[index] * beta2 + (d * d) * oneMinusBeta2;
            m[index] = mi;
            v[index] = vi;
            weights[index] = weights[index]
                    - (eta * (mi / firstCorrection)) / ((float) Math.sqrt(vi / secondCorrection) + epsilon);
            delta[index] = 0f;
        }
    }

    @Override
    public Map<String, float[]> exportArrays() {
        Map<String, float[]> arrays = new LinkedHashMap<>();
        firstMoments.forEach((name, values) -> arrays.put(FIRST_MOMENT_PREFIX + name, values.clone()));
        secondMoments.forEach((name, values) -> arrays.put(SECOND_MOMENT_PREFIX + name, values.clone()));
        return arrays;
    }

    @Override
    public Map<String, Double> exportScalars() {
        Map<String, Double> scalars = new HashMap<>();
        scalars.put(STEP_SCALAR, (double) step);
        return scalars;
    }

    @Override
    public void importState(Map<String, float[]> arrays, Map<String, Double> scalars) {
        restore(arrays, FIRST_MOMENT_PREFIX, firstMoments);
        restore(arrays, SECOND_MOMENT_PREFIX, secondMoments);
        Double restoredStep = scalars.get(STEP_SCALAR);
        if (restoredStep != null) {
            step = restoredStep.floatValue();
        }
    }

    private static void restore(Map<String, float[]> arrays, String prefix, Map<String, float[]> target) {
        target.forEach((name, values) -> {
            float[] restored = arrays.get(prefix + name);
            if (restored == null) {
                return;
            }
            if (restored.length != values.length) {
                throw new Spiking4jException("Optimiser state '" + prefix + name + "' has " + restored.length
                        + " values; the projection has " + values.length + ".");
            }
            System.arraycopy(restored, 0, values, 0, values.length);
        });
    }
}
