package org.spiking4j.runtime.training;

import java.util.List;
import org.spiking4j.runtime.model.EpochMetrics;

/** How a training run ended: every epoch's metrics so far, and whether it stopped early on request. */
public record TrainingOutcome(List<EpochMetrics> metrics, boolean interrupted) {

    public EpochMetrics last() {
        return metrics.isEmpty() ? null : metrics.get(metrics.size() - 1);
    }
}
