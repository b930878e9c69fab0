package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.circuit.ProjectionSpec;

/**
 * A projection's weights (pre, post) row-major and, when plastic, the update accumulated this
 * step (same shape), plus the populations and the signal it connects.
 */
public final class ProjectionBuffers {
    private final String name;
    private final ProjectionSpec spec;
    private final PopulationBuffers pre;
    private final PopulationBuffers post;
    private final SignalBuffers signal;
    private final float[] weights;
    private final float[] delta;

    public ProjectionBuffers(String name, ProjectionSpec spec, PopulationBuffers pre, PopulationBuffers post,
            SignalBuffers signal) {
        this.name = name;
        this.spec = spec;
        this.pre = pre;
        this.post = post;
        this.signal = signal;
        this.weights = new float[pre.size() * post.size()];
        this.delta = spec.rule() == null ? null : new float[pre.size() * post.size()];
    }

    public String name() {
        return name;
    }

    public ProjectionSpec spec() {
        return spec;
    }

    public PopulationBuffers pre() {
        return pre;
    }

    public PopulationBuffers post() {
        return post;
    }

    /** The signal of the projection's rule, or null for a fixed projection. */
    public SignalBuffers signal() {
        return signal;
    }

    public float[] weights() {
        return weights;
    }

    /** This step's raw update, zeroed by the optimiser after use; null when fixed. */
    public float[] delta() {
        return delta;
    }

    /** Pre spike bytes this projection reads: the previous step's with delay 1, this step's with 0. */
    public byte[] preSpikes() {
        return spec.effectiveDelay() == 0 ? pre.spikes().spikes() : pre.spikes().previousSpikes();
    }

    public int[] preActive() {
        return spec.effectiveDelay() == 0 ? pre.spikes().active() : pre.spikes().previousActive();
    }

    public int[] preActiveCount() {
        return spec.effectiveDelay() == 0 ? pre.spikes().activeCount() : pre.spikes().previousActiveCount();
    }
}
