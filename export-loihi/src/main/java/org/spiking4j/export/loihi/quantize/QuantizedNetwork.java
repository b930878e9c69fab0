package org.spiking4j.export.loihi.quantize;

import java.util.List;
import org.spiking4j.api.Spiking4jException;

/**
 * The quantised inference circuit: one input population, LIF populations in circuit order, and
 * the Dense projections between them in circuit order (which is the order Lava sums them in).
 *
 * @param classifier the population whose spike counts are the class scores, or null
 */
public record QuantizedNetwork(String name, double dt, int steps, List<QuantizedPopulation> populations,
        List<QuantizedProjection> projections, String classifier) {

    public QuantizedNetwork {
        populations = List.copyOf(populations);
        projections = List.copyOf(projections);
    }

    public QuantizedPopulation population(String populationName) {
        return populations.stream().filter(p -> p.name().equals(populationName)).findFirst()
                .orElseThrow(() -> new Spiking4jException("The quantised circuit has no population '"
                        + populationName + "'."));
    }

    public QuantizedPopulation input() {
        return populations.stream().filter(QuantizedPopulation::isInput).findFirst()
                .orElseThrow(() -> new Spiking4jException("The quantised circuit has no input population."));
    }

    /** The LIF populations (everything but the input), in circuit order. */
    public List<QuantizedPopulation> lifPopulations() {
        return populations.stream().filter(p -> !p.isInput()).toList();
    }

    public List<QuantizedProjection> projectionsInto(String target) {
        return projections.stream().filter(p -> p.target().equals(target)).toList();
    }
}
