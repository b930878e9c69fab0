package org.spiking4j.runtime.model;

import java.util.List;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.circuit.CircuitDescription;

/** Everything a model directory holds: the resolved circuit, the simulation state, progress and metrics. */
public record Checkpoint(CircuitDescription circuit, SimulationState state, TrainingProgress progress,
        List<EpochMetrics> metrics) {
}
