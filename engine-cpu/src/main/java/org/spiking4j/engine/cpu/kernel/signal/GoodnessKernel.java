package org.spiking4j.engine.cpu.kernel.signal;

import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/**
 * The CSDP modulator (csdp.md §4.3 item 5): the derivative of the mean logistic goodness loss with
 * respect to the trace, g = (2z)·((σ(Σz² − threshold) − lab)·(1/N)), N counting every row.
 */
public final class GoodnessKernel implements CpuSignalKernel {
    private final SignalBuffers signal;
    private final BatchContext batch;
    private final float threshold;

    public GoodnessKernel(CpuKernelSetup setup, SignalBuffers signal) {
        this.signal = signal;
        this.batch = setup.batch();
        this.threshold = signal.plan().parameters().single("threshold");
    }

    /**
     * Visits only the units whose trace is non-zero: the others add +0 to the sum of squares and
     * have g = 0, so the result is the dense computation's, bit for bit.
     */
    @Override
    public void compute(int fromRow, int toRow, int worker) {
        int size = signal.population().size();
        float[] trace = signal.population().trace();
        int[] traceActive = signal.population().traceActive();
        int[] traceActiveCount = signal.population().traceActiveCount();
        float[] out = signal.values();
        int[] support = signal.support();
        float[] supportValues = signal.supportValues();
        int[] supportCount = signal.supportCount();
        float[] contrast = batch.contrast();
        float inverseRows = 1f / batch.rows();
        for (int row = fromRow; row < toRow; row++) {
            int base = row * size;
            int nonZero = traceActiveCount[row];
            float sumOfSquares = 0f;
            for (int k = base; k < base + nonZero; k++) {
                float z = trace[base + traceActive[k]];
                sumOfSquares += z * z;
            }
            float scale = (stableSigmoid(sumOfSquares - threshold) - contrast[row]) * inverseRows;
            for (int s = base; s < base + supportCount[row]; s++) {
                out[base + support[s]] = 0f;
            }
            int found = base;
            for (int k = base; k < base + nonZero; k++) {
                int unit = traceActive[k];
                float value = (2f * trace[base + unit]) * scale;
                out[base + unit] = value;
                if (value != 0f) {
                    support[found] = unit;
                    supportValues[found] = value;
                    found++;
                }
            }
            supportCount[row] = found - base;
        }
    }

    /** σ(x) without overflow: 1/(1+e^-x) for x ≥ 0, e^x/(1+e^x) otherwise. */
    static float stableSigmoid(float x) {
        if (x >= 0f) {
            return 1f / (1f + (float) Math.exp(-x));
        }
        float exp = (float) Math.exp(x);
        return exp / (1f + exp);
    }
}
