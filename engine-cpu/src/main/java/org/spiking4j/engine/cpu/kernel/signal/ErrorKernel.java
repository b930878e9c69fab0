package org.spiking4j.engine.cpu.kernel.signal;

import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.builtin.ErrorSignals;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/**
 * Masked error cell (csdp.md §4.3 items 6–7): e = (target spikes − estimate)·(2·lab/Σlab), where the
 * estimate is the population's trace or its spikes. Negative rows (lab = 0) contribute nothing.
 */
public final class ErrorKernel implements CpuSignalKernel {
    private final SignalBuffers signal;
    private final BatchContext batch;
    private final boolean estimateIsTrace;

    public ErrorKernel(CpuKernelSetup setup, SignalBuffers signal) {
        this.signal = signal;
        this.batch = setup.batch();
        this.estimateIsTrace = ErrorSignals.estimatesWithTrace(setup.plan(), signal.plan());
    }

    @Override
    public void compute(int fromRow, int toRow, int worker) {
        int size = signal.population().size();
        byte[] target = signal.target().spikes().spikes();
        float[] out = signal.values();
        float[] trace = signal.population().trace();
        byte[] spikes = signal.population().spikes().spikes();
        for (int row = fromRow; row < toRow; row++) {
            float mask = ErrorSignals.rowMask(batch, row);
            int base = row * size;
            for (int unit = base; unit < base + size; unit++) {
                float estimate = estimateIsTrace ? trace[unit] : spikes[unit];
                out[unit] = (target[unit] - estimate) * mask;
            }
            signal.indexRow(row);
        }
    }
}
