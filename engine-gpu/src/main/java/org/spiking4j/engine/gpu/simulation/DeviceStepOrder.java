package org.spiking4j.engine.gpu.simulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;

/** Encoders first, then every other population after the sources of its delay-0 projections (as the CPU engine). */
final class DeviceStepOrder {

    private DeviceStepOrder() {
    }

    static List<CompiledDeviceCircuit.Population> of(List<CompiledDeviceCircuit.Population> populations) {
        List<CompiledDeviceCircuit.Population> order = new ArrayList<>();
        Set<DevicePopulation> placed = new LinkedHashSet<>();
        for (CompiledDeviceCircuit.Population population : populations) {
            if (population.isEncoder()) {
                order.add(population);
                placed.add(population.buffers());
            }
        }
        boolean progress = true;
        while (order.size() < populations.size() && progress) {
            progress = false;
            for (CompiledDeviceCircuit.Population population : populations) {
                if (placed.contains(population.buffers())) {
                    continue;
                }
                boolean ready = true;
                for (DeviceProjection input : population.immediateInputs()) {
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
