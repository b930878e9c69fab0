package org.spiking4j.plugin.stdp.engine;

/** A (pre, post) float32 weight matrix; the current adds the rows of the pre units that spiked. */
final class DenseProjection implements Projection {
    private final String name;
    private final int preSize;
    private final int postSize;
    private final float[] weights;

    DenseProjection(String name, int preSize, int postSize) {
        this.name = name;
        this.preSize = preSize;
        this.postSize = postSize;
        this.weights = new float[preSize * postSize];
    }

    @Override
    public String name() {
        return name;
    }

    int preSize() {
        return preSize;
    }

    int postSize() {
        return postSize;
    }

    /** The live matrix, for the rule and the constraint that change it in place. */
    float[] matrix() {
        return weights;
    }

    @Override
    public void deliver(SpikeList preSpikes, double[] postCurrent) {
        for (int index = 0; index < preSpikes.count(); index++) {
            int base = preSpikes.unit(index) * postSize;
            for (int post = 0; post < postSize; post++) {
                postCurrent[post] += weights[base + post];
            }
        }
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public void importWeights(float[] values) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException("projection '" + name + "' has " + weights.length
                    + " weights; " + values.length + " were given");
        }
        System.arraycopy(values, 0, weights, 0, values.length);
    }
}
