package org.spiking4j.export.loihi.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;

/**
 * The quantised circuit as Lava would run it: one bit-accurate LIF per population, one Dense per
 * projection, the input population a spike source. Each step every LIF first takes the sum of its
 * Dense outputs (computed the step before), then every Dense reads this step's spikes. Each sample
 * starts from zero state (what LIFReset with reset_interval = T gives in Lava). Not thread-safe: one
 * instance per thread.
 */
public final class BitAccurateNetwork {
    private final int steps;
    private final String input;
    private final int inputSize;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    /** A LIF population with its synaptic-input buffer and the Dense processes that feed it. */
    private record Layer(String name, BitAccurateLif lif, long[] synapticInput, List<BitAccurateDense> inputs) {
    }

    private record Connection(String source, int sourceSize, BitAccurateDense dense) {
    }

    public BitAccurateNetwork(QuantizedNetwork network) {
        this.steps = network.steps();
        QuantizedPopulation inputPopulation = network.input();
        this.input = inputPopulation.name();
        this.inputSize = inputPopulation.size();
        Map<String, List<BitAccurateDense>> into = new LinkedHashMap<>();
        for (QuantizedProjection projection : network.projections()) {
            BitAccurateDense dense = new BitAccurateDense(projection.weights(), projection.targetSize(),
                    projection.sourceSize(), projection.weightExponent(), projection.numWeightBits(),
                    projection.signMode());
            connections.add(new Connection(projection.source(), projection.sourceSize(), dense));
            into.computeIfAbsent(projection.target(), k -> new ArrayList<>()).add(dense);
        }
        for (QuantizedPopulation population : network.lifPopulations()) {
            BitAccurateLif lif = new BitAccurateLif(population.size(), population.du(), population.dv(),
                    population.vth(), population.biasMantissa(), population.biasExponent());
            layers.add(new Layer(population.name(), lif, new long[population.size()],
                    into.getOrDefault(population.name(), List.of())));
        }
    }

    public int steps() {
        return steps;
    }

    public int inputSize() {
        return inputSize;
    }

    /**
     * Runs one sample from zero state.
     *
     * @param inputSpikes (steps, inputSize) row-major 0/1 spikes of the input population
     */
    public SampleSpikes run(byte[] inputSpikes) {
        if (inputSpikes.length != steps * inputSize) {
            throw new IllegalArgumentException("Input spikes must be (" + steps + ", " + inputSize + "), got "
                    + inputSpikes.length + " values.");
        }
        Map<String, byte[]> spikes = new LinkedHashMap<>();
        Map<String, Long> largest = new LinkedHashMap<>();
        for (Layer layer : layers) {
            layer.lif().reset();
            spikes.put(layer.name(), new byte[steps * layer.lif().size()]);
            largest.put(layer.name(), 0L);
        }
        for (Connection connection : connections) {
            connection.dense().reset();
        }
        for (int step = 0; step < steps; step++) {
            for (Layer layer : layers) {
                long[] a = layer.synapticInput();
                java.util.Arrays.fill(a, 0);
                for (BitAccurateDense dense : layer.inputs()) {
                    dense.send(a);
                }
                largest.merge(layer.name(), largestMagnitude(a), Math::max);
                layer.lif().step(a, spikes.get(layer.name()), step * layer.lif().size());
            }
            for (Connection connection : connections) {
                byte[] source = connection.source().equals(input) ? inputSpikes : spikes.get(connection.source());
                connection.dense().receive(source, step * connection.sourceSize());
            }
        }
        return new SampleSpikes(spikes, largest);
    }

    private static long largestMagnitude(long[] values) {
        long largest = 0;
        for (long value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }
}
