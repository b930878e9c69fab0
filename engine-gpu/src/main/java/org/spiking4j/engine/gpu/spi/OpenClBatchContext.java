package org.spiking4j.engine.gpu.spi;

import org.spiking4j.engine.gpu.device.DeviceBuffer;

/**
 * What every OpenCL kernel may read about the batch and step being simulated, on the host and on
 * the device. Owned and updated by the engine; kernels read it.
 */
public final class OpenClBatchContext {
    private final DeviceBuffer contrastBuffer;
    private int rows;
    private int step;
    private int randomCoordinate;
    private boolean learning;
    private float[] contrast;
    private float contrastSum;

    public OpenClBatchContext(DeviceBuffer contrastBuffer) {
        this.contrastBuffer = contrastBuffer;
    }

    public int rows() {
        return rows;
    }

    /** Zero-based step (the spec's t is step + 1). */
    public int step() {
        return step;
    }

    public int randomCoordinate() {
        return randomCoordinate;
    }

    public boolean learning() {
        return learning;
    }

    /** Per row on the host: 1 for a positive sample, 0 for a negative one. */
    public float[] contrast() {
        return contrast;
    }

    /** The same per-row values on the device (float, rows). */
    public DeviceBuffer contrastBuffer() {
        return contrastBuffer;
    }

    /** The number of positive rows, summed in float in row order as the CPU engine does. */
    public float contrastSum() {
        return contrastSum;
    }

    /** 1f / rows, as the goodness signal's mean over rows uses it. */
    public float inverseRows() {
        return 1f / rows;
    }

    public void beginBatch(int batchRows, float[] batchContrast, boolean learn, int coordinate) {
        this.rows = batchRows;
        this.contrast = batchContrast;
        this.learning = learn;
        this.randomCoordinate = coordinate;
        float sum = 0f;
        for (int row = 0; row < batchRows; row++) {
            sum += batchContrast[row];
        }
        this.contrastSum = sum;
        contrastBuffer.write(batchContrast, batchRows);
    }

    public void beginStep(int stepIndex) {
        this.step = stepIndex;
    }
}
