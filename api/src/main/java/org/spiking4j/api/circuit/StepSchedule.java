package org.spiking4j.api.circuit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;

/**
 * The order in which every backend updates populations within a step (architecture.md, "One time
 * step"): encoders first, then every other population after the sources of its delay-0
 * projections, otherwise in the order the circuit declares them.
 */
public final class StepSchedule {

    private StepSchedule() {
    }

    /** True for populations driven by clamped data (input and label roles). */
    public static boolean isEncoder(PopulationSpec population) {
        PopulationRole role = population.effectiveRole();
        return role == PopulationRole.INPUT || role == PopulationRole.LABEL;
    }

    /**
     * Population names in update order.
     *
     * @throws Spiking4jException naming the populations whose delay-0 projections form a cycle
     */
    public static List<String> populationOrder(CircuitDescription circuit) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        circuit.populations().forEach((name, spec) -> {
            if (isEncoder(spec)) {
                order.add(name);
                placed.add(name);
            }
        });
        boolean progress = true;
        while (order.size() < circuit.populations().size() && progress) {
            progress = false;
            for (String name : circuit.populations().keySet()) {
                if (!placed.contains(name) && immediateSourcesPlaced(circuit, name, placed)) {
                    order.add(name);
                    placed.add(name);
                    progress = true;
                }
            }
        }
        if (order.size() < circuit.populations().size()) {
            List<String> cyclic = new ArrayList<>(circuit.populations().keySet());
            cyclic.removeAll(placed);
            throw new Spiking4jException("The delay-0 projections among populations " + cyclic
                    + " form a cycle; give one of them 'delay: 1'.");
        }
        return order;
    }

    private static boolean immediateSourcesPlaced(CircuitDescription circuit, String population, Set<String> placed) {
        for (ProjectionSpec projection : circuit.projections().values()) {
            if (projection.to().equals(population) && projection.effectiveDelay() == 0
                    && !placed.contains(projection.from())) {
                return false;
            }
        }
        return true;
    }
}
