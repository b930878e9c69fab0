package org.spiking4j.api.component;

/** The kinds of pluggable components, in the order {@code spiking4j plugins} lists them. */
public enum ComponentKind {
    NEURON_MODEL("neuron models"),
    SIGNAL_MODEL("signals"),
    PLASTICITY_RULE("plasticity rules"),
    OPTIMIZER("optimisers"),
    CONSTRAINT("constraints"),
    TRAINING_PROTOCOL("training protocols"),
    READOUT("readouts"),
    DATASET_SOURCE("dataset sources"),
    CIRCUIT_EXPORTER("exporters"),
    BACKEND("backends");

    private final String title;

    ComponentKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
