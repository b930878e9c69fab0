package org.spiking4j.api.engine;

/**
 * What every kernel of every engine may read about the batch and step being simulated. Owned and
 * updated by the {@link StepDriver}; kernels read it.
 */
public final class BatchContext {
    private int rows;
    private int step;
    private int randomCoordinate;
    private boolean learning;
    private float[] contrast;
    private float contrastSum;

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

    /** Per row: 1 for a positive sample, 0 for a negative one. */
    public float[] contrast() {
        return contrast;
    }

    /** Sum of {@link #contrast()} in float, in row order: the number of positive rows. */
    public float contrastSum() {
        return contrastSum;
    }

    /** 1f / rows, as a mean over rows uses it. */
    public float inverseRows() {
        return 1f / rows;
    }

    void beginBatch(int batchRows, float[] batchContrast, boolean learn, int coordinate) {
        this.rows = batchRows;
        this.contrast = batchContrast;
        this.learning = learn;
        this.randomCoordinate = coordinate;
        float sum = 0f;
        for (int row = 0; row < batchRows; row++) {
            sum += batchContrast[row];
        }
        this.contrastSum = sum;
    }

    void beginPhase(boolean learn) {
        this.learning = learn;
    }

    void beginStep(int stepIndex) {
        this.step = stepIndex;
    }
}
