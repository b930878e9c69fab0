package org.spiking4j.plugin.stdp.engine;

import java.util.List;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.component.ParameterSpec;
import org.spiking4j.api.component.UsageCheck;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.api.protocol.OnlineTraining;
import org.spiking4j.api.protocol.ProtocolContext;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.plugin.stdp.component.StdpComponents;

/**
 * {@code unsupervised}: no negatives, no label context. Each sample is time.steps steps of Poisson
 * input, then {@code rest} steps without input (between: rest) or a reset of v and the traces
 * (between: reset); θ is never reset. Batch size 1.
 */
public final class UnsupervisedProtocol implements OnlineProtocol, UsageCheck {
    static final double DEFAULT_INTENSITY_HZ = 63.75;
    static final double DEFAULT_STEP_HZ = 32;
    /** A bound on Diehl &amp; Cook's re-presentation, so an image that never excites the layer cannot stall a pass. */
    static final int MAX_PRESENTATIONS = 10;

    @Override
    public String id() {
        return StdpComponents.UNSUPERVISED;
    }

    @Override
    public String description() {
        return "one sample at a time, state persisting across samples: time.steps steps of Poisson input (rate = "
                + "pixel * intensity Hz), then rest steps without input (option between: rest) or a reset of v and "
                + "traces (between: reset); option inputGaps: geometric (a Bernoulli process, default) | poisson "
                + "(BindsNET's PoissonEncoder: Poisson-distributed gaps); theta is never reset; batch size 1; labels are "
                + "read only by the readout";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                ParameterSpec.of(StdpComponents.INTENSITY, "Hz", DEFAULT_INTENSITY_HZ, 0, 1e6,
                        "input rate of a white pixel (63.75 in Diehl & Cook, 128 in BindsNET's eth_mnist)"),
                ParameterSpec.of(StdpComponents.REST_STEPS, "steps", 0, 0, 1e9,
                        "steps without input after each sample (between: rest)"),
                ParameterSpec.of(StdpComponents.LABEL_SAMPLES, "images", 0, 0, 1e9,
                        "training images the readout labels neurons on after each pass (0: all)"),
                ParameterSpec.of(StdpComponents.MIN_SPIKES, "spikes", 0, 0, 1e9,
                        "present a sample again, intensityStep Hz brighter, while the readout population fired fewer "
                                + "spikes (Diehl & Cook: 5; 0: never; at most " + MAX_PRESENTATIONS + " presentations)"),
                ParameterSpec.of(StdpComponents.INTENSITY_STEP, "Hz", DEFAULT_STEP_HZ, 0, 1e6,
                        "intensity added per re-presentation (Diehl & Cook: 32)"));
    }

    @Override
    public List<Problem> problems(CircuitDescription circuit, List<String> path) {
        return StdpComponents.protocolProblems(circuit, path);
    }

    @Override
    public OnlineTraining open(CircuitDescription circuit, int threads) {
        ProtocolSpec protocol = circuit.protocol();
        if (protocol.batchSize() != null && protocol.batchSize() != 1) {
            throw new Spiking4jException("The unsupervised protocol runs batch size 1 (one sample after another, "
                    + "state persisting), found batchSize " + protocol.batchSize() + "; set 'batchSize: 1'.");
        }
        String between = protocol.option(StdpComponents.BETWEEN, StdpComponents.BETWEEN_REST);
        if (!StdpComponents.BETWEEN_REST.equals(between) && !StdpComponents.BETWEEN_RESET.equals(between)) {
            throw new Spiking4jException("The unsupervised protocol has 'between: " + between + "'; use rest or reset.");
        }
        String gaps = protocol.option(StdpComponents.INPUT_GAPS, StdpComponents.GAPS_GEOMETRIC);
        if (!StdpComponents.GAPS_GEOMETRIC.equals(gaps) && !StdpComponents.GAPS_POISSON.equals(gaps)) {
            throw new Spiking4jException("The unsupervised protocol has 'inputGaps: " + gaps + "'; use geometric "
                    + "(a Bernoulli process, as Brian2's PoissonGroup) or poisson (BindsNET's PoissonEncoder).");
        }
        return new UnsupervisedSession(circuit);
    }

    @Override
    public SampleBatch trainingBatch(LabeledImages samples, ProtocolContext context, int batchCoordinate) {
        throw notBatched();
    }

    @Override
    public SampleBatch testBatch(LabeledImages samples, ProtocolContext context) {
        throw notBatched();
    }

    private static Spiking4jException notBatched() {
        return new Spiking4jException("The unsupervised protocol presents samples itself, one after another with "
                + "state persisting (an online protocol); it has no batches for the batch trainer or evaluator.");
    }
}
