package org.spiking4j.engine.cpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/** Encoders first, then every other population after the sources of its delay-0 projections. */
final class StepOrder {

    private StepOrder() {
    }

    static List<CompiledCircuit.Population> of(List<CompiledCircuit.Population> populations) {
        List<CompiledCircuit.Population> order = new ArrayList<>();
        Set<PopulationBuffers> placed = new LinkedHashSet<>();
        for (CompiledCircuit.Population population : populations) {
            if (population.isEncoder()) {
                order.add(population);
                placed.add(population.buffers());
            }
        }
        boolean progress = true;
        while (order.size() < populations.size() && progress) {
            progress = false;
            for (CompiledCircuit.Population population : populations) {
                if (placed.contains(population.buffers())) {
                    continue;
                }
                boolean ready = true;
                for (ProjectionBuffers input : population.immediateInputs()) {
                    ready &= placed.contains(input.pre());
                }
                if (ready) {
                    order.add(population);
                    placed.add(population.buffers());
                    progress = true;
                }
            }
        }
        if (order.size() < populations.size()) {
            List<String> cyclic = new ArrayList<>();
            populations.stream().filter(p -> !placed.contains(p.buffers()))
                    .forEach(p -> cyclic.add(p.buffers().name()));
            throw new Spiking4jException("The delay-0 projections among populations " + cyclic
                    + " form a cycle; give one of them 'delay: 1'.");
        }
        return order;
    }
}
