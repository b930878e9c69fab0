package org.spiking4j.plugin.stdp.engine;

import java.util.List;

/**
 * The compiled online circuit and its step driver at batch size 1: one thread, nothing allocated
 * per step or per sample, input and plasticity driven by spike events. State (v, θ, traces,
 * refractoriness) persists from sample to sample; only {@code between: reset} clears v and traces.
 *
 * <p>One step t, as stdp.md §2 orders it: the input's spikes at t; every lif population adds its
 * gated delay-1 current, leaks, thresholds and resets (steps 1, 2, 6); every projection delivers the
 * step's spikes with the weights before this step's update (step 4's v += w); then STDP's traces and
 * its pre and post pathways (steps 3–5). Normalisation runs before a sample's first step (7).
 */
public final class OnlineCircuit {
    private final String inputName;
    private final SpikeList inputSpikes;
    private final InputSchedule schedule;
    private final List<LifPopulation> populations;
    private final List<Connection> connections;
    private final List<Plastic> plastic;
    private final List<ColumnNormalization> normalizations;
    private final SampleShape shape;
    private final LifPopulation readout;
    private long globalStep;

    /** A projection with the spikes it reads and the current it writes. */
    record Connection(Projection projection, SpikeList preSpikes, double[] postCurrent) {
    }

    /** A plastic projection with the spikes its rule reads. */
    record Plastic(StdpLearning learning, SpikeList preSpikes, SpikeList postSpikes) {
    }

    OnlineCircuit(String inputName, SpikeList inputSpikes, InputSchedule schedule, List<LifPopulation> populations,
            List<Connection> connections, List<Plastic> plastic, List<ColumnNormalization> normalizations,
            SampleShape shape, LifPopulation readout) {
        this.inputName = inputName;
        this.inputSpikes = inputSpikes;
        this.schedule = schedule;
        this.populations = List.copyOf(populations);
        this.connections = List.copyOf(connections);
        this.plastic = List.copyOf(plastic);
        this.normalizations = List.copyOf(normalizations);
        this.shape = shape;
        this.readout = readout;
    }

    String inputName() {
        return inputName;
    }

    SpikeList inputSpikes() {
        return inputSpikes;
    }

    List<ColumnNormalization> normalizations() {
        return normalizations;
    }

    LifPopulation readout() {
        return readout;
    }

    InputSchedule schedule() {
        return schedule;
    }

    SampleShape shape() {
        return shape;
    }

    List<LifPopulation> populations() {
        return populations;
    }

    List<Connection> connections() {
        return connections;
    }

    List<Plastic> plastic() {
        return plastic;
    }

    int readoutUnits() {
        return readout.size();
    }

    long globalStep() {
        return globalStep;
    }

    void setGlobalStep(long step) {
        globalStep = step;
    }

    /**
     * Presents the sample already in {@link #schedule()}; adds the readout population's spikes
     * during the {@code on} steps to {@code counts[countsOffset ..]} (null: not counted).
     */
    void present(boolean learn, float[] counts, int countsOffset, StepObserver observer) {
        if (learn) {
            for (ColumnNormalization normalization : normalizations) {
                normalization.apply();
            }
        }
        int steps = shape.steps();
        for (int local = 0; local < steps; local++) {
            long t = globalStep++;
            schedule.spikesAt(local, inputSpikes);
            for (LifPopulation population : populations) {
                population.step(t, learn);
            }
            for (Connection connection : connections) {
                connection.projection().deliver(connection.preSpikes(), connection.postCurrent());
            }
            if (learn) {
                for (Plastic rule : plastic) {
                    rule.learning().learn(t, rule.preSpikes(), rule.postSpikes());
                }
            }
            if (counts != null && local < shape.on()) {
                SpikeList fired = readout.spikes();
                for (int index = 0; index < fired.count(); index++) {
                    counts[countsOffset + fired.unit(index)] += 1f;
                }
            }
            if (observer != null) {
                observer.onStep(t, inputName, inputSpikes);
                for (LifPopulation population : populations) {
                    observer.onStep(t, population.name(), population.spikes());
                }
            }
        }
        if (shape.resetBetween()) {
            for (LifPopulation population : populations) {
                population.resetPotentials();
            }
            for (Plastic rule : plastic) {
                rule.learning().resetTraces();
            }
        }
    }

    LifPopulation population(String name) {
        for (LifPopulation population : populations) {
            if (population.name().equals(name)) {
                return population;
            }
        }
        throw new IllegalArgumentException("no lif population '" + name + "'");
    }

    Projection projection(String name) {
        for (Connection connection : connections) {
            if (connection.projection().name().equals(name)) {
                return connection.projection();
            }
        }
        throw new IllegalArgumentException("no projection '" + name + "'");
    }
}
