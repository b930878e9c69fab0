package org.spiking4j.plugin.stdp.engine;

/**
 * A fixed projection wired by a pattern with one weight. The current exploits the pattern: one
 * addition per spike for one-to-one, and the spike count times the weight (minus the unit's own
 * spike for all-but-self) otherwise, instead of summing a dense matrix.
 */
final class PatternProjection implements Projection {
    private final String name;
    private final WiringPattern pattern;
    private final double weight;
    private final int preSize;
    private final int postSize;

    PatternProjection(String name, WiringPattern pattern, double weight, int preSize, int postSize) {
        this.name = name;
        this.pattern = pattern;
        this.weight = weight;
        this.preSize = preSize;
        this.postSize = postSize;
    }

    @Override
    public String name() {
        return name;
    }

    WiringPattern pattern() {
        return pattern;
    }

    double weight() {
        return weight;
    }

    int preSize() {
        return preSize;
    }

    int postSize() {
        return postSize;
    }

    @Override
    public void deliver(SpikeList preSpikes, double[] postCurrent) {
        int count = preSpikes.count();
        if (count == 0) {
            return;
        }
        switch (pattern) {
            case ONE_TO_ONE -> {
                for (int index = 0; index < count; index++) {
                    postCurrent[preSpikes.unit(index)] += weight;
                }
            }
            case ALL -> {
                double total = weight * count;
                for (int post = 0; post < postSize; post++) {
                    postCurrent[post] += total;
                }
            }
            case ALL_BUT_SELF -> {
                for (int post = 0; post < postSize; post++) {
                    int others = post < preSize && preSpikes.fired(post) ? count - 1 : count;
                    postCurrent[post] += weight * others;
                }
            }
        }
    }

    @Override
    public float[] weights() {
        float[] dense = new float[preSize * postSize];
        for (int pre = 0; pre < preSize; pre++) {
            for (int post = 0; post < postSize; post++) {
                dense[pre * postSize + post] = pattern.connects(pre, post) ? (float) weight : 0f;
            }
        }
        return dense;
    }

    @Override
    public void importWeights(float[] values) {
        // Fixed by its declaration: the circuit file, not the checkpoint, defines these weights.
    }
}
