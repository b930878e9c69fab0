package org.spiking4j.engine.gpu.kernel;

import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceKernel;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.spi.DeviceSignal;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.builtin.ErrorSignals;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;

/**
 * The masked error cell on the device (error.cl), the twin of the CPU's ErrorKernel. The per-row
 * mask 2·lab/Σlab is computed on the host once per batch with the CPU's arithmetic.
 */
public final class OpenClErrorKernel implements OpenClSignalKernel {
    static final ProgramSource PROGRAM = ProgramSource.builtin("error.cl");

    private final OpenClDevice device;
    private final DeviceSignal signal;
    private final BatchContext batch;
    private final boolean estimateIsTrace;
    private final DeviceBuffer rowMask;
    private final DeviceKernel values;

    public OpenClErrorKernel(OpenClKernelSetup setup, DeviceSignal signal) {
        this.device = setup.device();
        this.signal = signal;
        this.batch = setup.batch();
        this.estimateIsTrace = ErrorSignals.estimatesWithTrace(setup.plan(), signal.plan());
        this.rowMask = device.allocate(signal.name() + " row masks", (long) setup.plan().capacityRows() * Float.BYTES);
        this.values = device.kernel(PROGRAM, "error_values");
    }

    @Override
    public void beginBatch(int rows) {
        float[] mask = new float[rows];
        for (int row = 0; row < rows; row++) {
            mask[row] = ErrorSignals.rowMask(batch, row);
        }
        rowMask.write(mask);
    }

    @Override
    public void compute(int rows) {
        int size = signal.population().size();
        DeviceBuffer trace = signal.population().trace();
        DeviceBuffer spikes = signal.population().spikes().now().spikes();
        values.launch(device.range(size, rows), signal.target().spikes().now().spikes(),
                trace == null ? spikes : trace, spikes, rowMask, signal.values(), estimateIsTrace ? 1 : 0, size,
                rows);
    }
}
