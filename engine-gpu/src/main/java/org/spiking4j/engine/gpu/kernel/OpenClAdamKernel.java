package org.spiking4j.engine.gpu.kernel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/**
 * Adam on the device (adam.cl), the twin of the CPU's AdamKernel: moments resident on the device
 * for the whole run, one float32 step counter shared by every projection and kept on the host,
 * where the bias corrections are computed exactly as the CPU computes them. State names match the
 * CPU engine's, so checkpoints move between engines.
 */
public final class OpenClAdamKernel implements OpenClOptimizerKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("weight-constraints.cl", "adam.cl");
    static final String STEP_SCALAR = "adam.step";
    static final String FIRST_MOMENT_PREFIX = "adam.m/";
    static final String SECOND_MOMENT_PREFIX = "adam.v/";

    private final OpenClDevice device;
    private final float eta;
    private final float beta1;
    private final float beta2;
    private final float oneMinusBeta1;
    private final float oneMinusBeta2;
    private final float epsilon;
    private final DeviceKernel update;
    private final Map<String, Moments> moments = new LinkedHashMap<>();
    private float step;
    private float firstCorrection;
    private float secondCorrection;

    private record Moments(DeviceBuffer first, DeviceBuffer second, int count) {
    }

    public OpenClAdamKernel(OpenClKernelSetup setup) {
        this.device = setup.device();
        Map<String, Double> params = setup.circuit().optimizer().params();
        String owner = "the adam optimiser";
        this.eta = (float) OpenClKernelSetup.parameter(params, "eta", owner);
        this.beta1 = (float) OpenClKernelSetup.parameter(params, "beta1", owner);
        this.beta2 = (float) OpenClKernelSetup.parameter(params, "beta2", owner);
        this.epsilon = (float) OpenClKernelSetup.parameter(params, "epsilon", owner);
        this.oneMinusBeta1 = (float) (1.0 - OpenClKernelSetup.parameter(params, "beta1", owner));
        this.oneMinusBeta2 = (float) (1.0 - OpenClKernelSetup.parameter(params, "beta2", owner));
        this.update = device.kernel(PROGRAM, "adam_step");
    }

    @Override
    public void attach(DeviceProjection projection) {
        int count = projection.weightCount();
        long bytes = (long) count * Float.BYTES;
        DeviceBuffer first = device.allocate(projection.name() + " adam first moment", bytes);
        DeviceBuffer second = device.allocate(projection.name() + " adam second moment", bytes);
        first.clear(bytes);
        second.clear(bytes);
        moments.put(projection.name(), new Moments(first, second, count));
    }

    @Override
    public void beginStep() {
        step = step + 1f;
        firstCorrection = 1f - (float) Math.pow(beta1, step);
        secondCorrection = 1f - (float) Math.pow(beta2, step);
    }

    @Override
    public void apply(DeviceProjection projection, WeightConstraints constraints) {
        Moments state = moments.get(projection.name());
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        update.launch(device.range(postSize, preSize), projection.weights(), projection.delta(), state.first(),
                state.second(), constraints.decrement(), constraints.withDecrementFlag(), eta, beta1, beta2,
                oneMinusBeta1, oneMinusBeta2, epsilon, firstCorrection, secondCorrection, constraints.lower(),
                constraints.upper(), constraints.hollowFlag(), preSize, postSize);
    }

    @Override
    public Map<String, float[]> exportArrays() {
        Map<String, float[]> arrays = new LinkedHashMap<>();
        moments.forEach((name, state) -> {
            arrays.put(FIRST_MOMENT_PREFIX + name, state.first().readFloats(state.count()));
            arrays.put(SECOND_MOMENT_PREFIX + name, state.second().readFloats(state.count()));
        });
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
        moments.forEach((name, state) -> {
            restore(arrays, FIRST_MOMENT_PREFIX + name, state.first(), state.count());
            restore(arrays, SECOND_MOMENT_PREFIX + name, state.second(), state.count());
        });
        Double restoredStep = scalars.get(STEP_SCALAR);
        if (restoredStep != null) {
            step = restoredStep.floatValue();
        }
    }

    private static void restore(Map<String, float[]> arrays, String key, DeviceBuffer target, int count) {
        float[] restored = arrays.get(key);
        if (restored == null) {
            return;
        }
        if (restored.length != count) {
            throw new Spiking4jException("Optimiser state '" + key + "' has " + restored.length
                    + " values; the projection has " + count + ".");
        }
        target.write(restored);
    }
}
