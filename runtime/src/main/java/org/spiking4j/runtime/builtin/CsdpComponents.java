package org.spiking4j.runtime.builtin;

import static org.spiking4j.api.component.ParameterSpec.of;

import java.util.List;
import org.spiking4j.api.component.ComponentDescriptor;

/** Descriptors of the components of the CSDP circuit, with the defaults of csdp.md §3. */
public final class CsdpComponents {
    private static final double UNBOUNDED = Double.MAX_VALUE;
    /** Marks a default that the batch-size rule of csdp.md §3 derives. */
    private static final double DERIVED = Double.NaN;

    private CsdpComponents() {
    }

    public static List<ComponentDescriptor> all() {
        return List.of(
                new Descriptors.Neuron("bernoulli",
                        "Input encoder: spikes with probability equal to the clamped intensity, fresh draw each step.",
                        List.of(), true),
                new Descriptors.Neuron("clamp", "Label/context encoder: spikes are the clamped 0/1 values.",
                        List.of(), true),
                new Descriptors.Neuron("slif",
                        "Simplified LIF cell with a per-sample adaptive threshold that drives a layer toward one spike per step.",
                        List.of(
                                of("tauM", "ms", 100, 1e-6, UNBOUNDED, "membrane time constant"),
                                of("resistance", "", 1.0, 0, UNBOUNDED, "membrane resistance multiplying the current"),
                                of("threshold", "", 0.055, 0, UNBOUNDED, "base firing threshold"),
                                of("thresholdJitter", "", 0.025, 0, UNBOUNDED,
                                        "initial threshold is threshold + U(-jitter, jitter), per unit"),
                                of("rhoB", "", 0.001, 0, 1, "threshold step per spike above one per step (0: fixed)"),
                                of("thresholdFloor", "", 0.025, 0, UNBOUNDED, "lowest threshold")),
                        false),
                new Descriptors.Signal("goodness",
                        "CSDP modulator: derivative of the logistic goodness loss on the population's trace.",
                        List.of(of("threshold", "", 10, 0, UNBOUNDED, "goodness threshold on the sum of squared traces")),
                        false),
                new Descriptors.Signal("error",
                        "Masked error: target spikes minus the estimate (trace or spikes), positives only, normalised.",
                        List.of(), true),
                new Descriptors.Rule("csdp",
                        "Contrastive-signal-dependent plasticity: pre spikes times the goodness modulator, plus a "
                                + "constant depression per (silent pre, spiking post) pair.",
                        List.of(of("wDecay", "", DERIVED, 0, 1,
                                "depression per silent-pre/spiking-post pair; default from the batch-size rule"))),
                new Descriptors.Rule("hebbian-error",
                        "Error-driven Hebbian rule with soft bound (1 - |W|), for classifier and reconstruction synapses.",
                        List.of(of("preWeight", "", 1.0, -UNBOUNDED, UNBOUNDED, "factor on the pre spikes"),
                                of("postWeight", "", 0.1, -UNBOUNDED, UNBOUNDED, "factor on the error signal"))),
                new Descriptors.Optimizer("adam", "Adam with one step counter for all projections, stepped every time step.",
                        List.of(of("eta", "", DERIVED, 0, 1, "learning rate; default from the batch-size rule"),
                                of("beta1", "", 0.9, 0, 0.999999, "first-moment decay"),
                                of("beta2", "", 0.999, 0, 0.999999999, "second-moment decay"),
                                of("epsilon", "", 1e-8, 0, 1, "denominator guard"))),
                new Descriptors.Optimizer("sgd", "Plain gradient descent on the rule's update.",
                        List.of(of("eta", "", DERIVED, 0, 1, "learning rate; default from the batch-size rule"))));
    }
}
