package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.api.engine.builtin.AdamParameters;
import org.spiking4j.api.engine.builtin.AdamSchedule;
import org.spiking4j.api.engine.builtin.AdamState;
import java.util.LinkedHashMap;
import java.util.Map;
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
public final class OpenClAdamKernel implements OpenClOptimizerKernel, AdamState {
    static final ProgramSource PROGRAM = ProgramSource.builtin("weight-constraints.cl", "adam.cl");

    private final OpenClDevice device;
    private final AdamParameters parameters;
    private final AdamSchedule schedule;
    private final DeviceKernel update;
    private final Map<String, Moments> moments = new LinkedHashMap<>();

    private record Moments(DeviceBuffer first, DeviceBuffer second, int count) {

        DeviceBuffer of(String key) {
            return AdamParameters.FIRST_MOMENT.equals(key) ? first : second;
        }
    }

    public OpenClAdamKernel(OpenClKernelSetup setup) {
        this.device = setup.device();
        this.parameters = AdamParameters.of(setup.plan().optimizer().parameters());
        this.schedule = new AdamSchedule(parameters);
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
        schedule.advance();
    }

    @Override
    public void apply(DeviceProjection projection, WeightConstraints constraints) {
        Moments state = moments.get(projection.name());
        int preSize = projection.pre().size();
        int postSize = projection.post().size();
        update.launch(device.range(postSize, preSize), projection.weights(), projection.delta(), state.first(),
                state.second(), constraints.decrement(), constraints.withDecrementFlag(), parameters.eta(),
                parameters.beta1(), parameters.beta2(), parameters.oneMinusBeta1(), parameters.oneMinusBeta2(),
                parameters.epsilon(), schedule.firstCorrection(), schedule.secondCorrection(), constraints.lower(),
                constraints.upper(), constraints.hollowFlag(), preSize, postSize);
    }

    @Override
    public float[] exportState(String projection, String key) {
        Moments state = moments.get(projection);
        return state.of(key).readFloats(state.count());
    }

    @Override
    public void importState(String projection, String key, float[] values) {
        moments.get(projection).of(key).write(values);
    }

    @Override
    public AdamSchedule schedule() {
        return schedule;
    }
}
