package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceSignal;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;

/** The CSDP goodness modulator on the device (goodness.cl), the twin of the CPU's GoodnessKernel. */
public final class OpenClGoodnessKernel implements OpenClSignalKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("goodness.cl");

    private final OpenClDevice device;
    private final DeviceSignal signal;
    private final BatchContext batch;
    private final DeviceBuffer rowContrast;
    private final float threshold;
    private final DeviceBuffer rowScale;
    private final DeviceKernel scale;
    private final DeviceKernel values;

    public OpenClGoodnessKernel(OpenClKernelSetup setup, DeviceSignal signal) {
        this.device = setup.device();
        this.signal = signal;
        this.batch = setup.batch();
        this.rowContrast = setup.rowContrast();
        this.threshold = signal.plan().parameters().single("threshold");
        this.rowScale = device.allocate(signal.name() + " row scales", (long) setup.plan().capacityRows() * Float.BYTES);
        this.scale = device.kernel(PROGRAM, "goodness_row_scale");
        this.values = device.kernel(PROGRAM, "goodness_values");
    }

    @Override
    public void compute(int rows) {
        int size = signal.population().size();
        DeviceBuffer trace = signal.population().trace();
        scale.launch(device.groupPerRow(rows), trace, rowContrast, rowScale, threshold, batch.inverseRows(), size,
                rows);
        values.launch(device.range(size, rows), trace, rowScale, signal.values(), size, rows);
    }
}
