package org.spiking4j.export.loihi.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;
import org.spiking4j.export.loihi.quantize.ReportNote;
import org.spiking4j.export.loihi.quantize.ReportNote.Category;

/**
 * The lava-dl netx subset {@code <name>.net} (loihi-export.md §3.2): the feed-forward chain from
 * the input through the hidden populations, each a {@code dense_rec} layer with its lateral
 * weights, and the classifier as a final {@code dense}. Everything is a dataset (netx reads no
 * attributes); strings are 1-element ASCII arrays, which netx decodes with {@code [0]}.
 *
 * <p>netx gives a layer one exponent, shared by {@code weight} and {@code weight_rec}, and derives
 * it itself from integer weights (optimize_weight_bits): integers within ±255 come through
 * unchanged at an effective exponent of 0. So each layer's weights are written as integers at the
 * larger of its two exponents e, and vThMant as vth·2^−e, which keeps the potential's ratio to the
 * threshold that of the .lava.h5 circuit.
 */
public final class NetxWriter {
    private static final String DENSE_RECURRENT = "dense_rec";
    private static final String DENSE = "dense";
    private static final String NEURON_TYPE = "CUBA";
    private static final int REFRACTORY_DELAY = 1;

    /** A layer of the chain: its population, feed-forward projection and optional lateral one. */
    private record Layer(QuantizedPopulation population, QuantizedProjection feedForward,
            QuantizedProjection recurrent) {
    }

    /** Writes the file and returns what netx's chain could not hold. */
    public List<ReportNote> write(Path target, QuantizedNetwork network) {
        List<Layer> layers = chain(network);
        List<ReportNote> notes = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        layers.forEach(layer -> {
            kept.add(layer.feedForward().name());
            if (layer.recurrent() != null) {
                kept.add(layer.recurrent().name());
            }
        });
        for (QuantizedProjection projection : network.projections()) {
            if (!kept.contains(projection.name())) {
                notes.add(new ReportNote(Category.DROPPED, projection.name() + " (.net)", "netx reads a "
                        + "feed-forward chain with lateral weights only, so " + projection.source() + "→"
                        + projection.target() + " is not in the .net file; the .lava.h5 and .nir files keep it."));
            }
        }
        H5File.write(target, root -> {
            H5Group layerGroup = root.group("layer");
            for (int index = 0; index < layers.size(); index++) {
                writeLayer(layerGroup.group(Integer.toString(index)), layers.get(index), notes);
            }
        });
        return notes;
    }

    private static List<Layer> chain(QuantizedNetwork network) {
        List<Layer> layers = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        String current = network.input().name();
        visited.add(current);
        while (true) {
            Optional<QuantizedProjection> next = feedForwardFrom(network, current, visited);
            if (next.isEmpty()) {
                break;
            }
            String target = next.get().target();
            QuantizedProjection lateral = network.projections().stream()
                    .filter(p -> p.source().equals(target) && p.target().equals(target)).findFirst().orElse(null);
            layers.add(new Layer(network.population(target), next.get(), lateral));
            visited.add(target);
            current = target;
        }
        String from = current;
        if (network.classifier() != null) {
            network.projections().stream()
                    .filter(p -> p.source().equals(from) && p.target().equals(network.classifier())).findFirst()
                    .ifPresent(p -> layers.add(new Layer(network.population(network.classifier()), p, null)));
        }
        if (layers.isEmpty()) {
            throw new Spiking4jException("Circuit '" + network.name() + "' has no feed-forward projection from its "
                    + "input, so there is nothing a netx chain can hold; export lava or nir instead.");
        }
        return layers;
    }

    private static Optional<QuantizedProjection> feedForwardFrom(QuantizedNetwork network, String source,
            Set<String> visited) {
        return network.projections().stream()
                .filter(p -> p.source().equals(source) && !visited.contains(p.target()))
                .filter(p -> network.population(p.target()).role() == PopulationRole.HIDDEN)
                .findFirst();
    }

    private static void writeLayer(H5Group group, Layer layer, List<ReportNote> notes) {
        QuantizedPopulation population = layer.population();
        int exponent = layer.feedForward().weightExponent();
        if (layer.recurrent() != null) {
            exponent = Math.max(exponent, layer.recurrent().weightExponent());
        }
        oneElementString(group, "type", layer.recurrent() != null ? DENSE_RECURRENT : DENSE);
        group.int64Array("shape", new long[] {population.size()});
        group.float32Matrix("weight", atExponent(layer.feedForward(), exponent));
        if (layer.recurrent() != null) {
            group.float32Matrix("weight_rec", atExponent(layer.recurrent(), exponent));
        }
        long threshold = Math.round(Math.scalb((double) population.vth(), -exponent));
        if (threshold < 1 || threshold > LoihiLimits.THRESHOLD_MAX) {
            notes.add(new ReportNote(Category.APPROXIMATED, population.name() + " (.net)", "vThMant = vth·2^"
                    + (-exponent) + " = " + threshold + " leaves vth's range and is clipped; choose another "
                    + "threshold mantissa for netx."));
            threshold = Math.max(1, Math.min(LoihiLimits.THRESHOLD_MAX, threshold));
        } else if (exponent != 0) {
            notes.add(new ReportNote(Category.FOLDED, population.name() + " (.net)", "netx derives each layer's "
                    + "exponent itself and passes integer weights within ±255 through at exponent 0, so the "
                    + "weights are stored at 2^" + exponent + " and vThMant = vth·2^" + (-exponent) + " = "
                    + threshold + "."));
        }
        if (layer.recurrent() != null
                && layer.recurrent().weightExponent() != layer.feedForward().weightExponent()) {
            notes.add(new ReportNote(Category.APPROXIMATED, population.name() + " (.net)", "netx shares one "
                    + "exponent between " + layer.feedForward().name() + " (2^" + layer.feedForward().weightExponent()
                    + ") and " + layer.recurrent().name() + " (2^" + layer.recurrent().weightExponent()
                    + "): the smaller one is rounded to 2^" + exponent + "."));
        }
        H5Group neuron = group.group("neuron");
        oneElementString(neuron, "type", NEURON_TYPE);
        neuron.int32("iDecay", population.du() + 1);
        neuron.int32("vDecay", population.dv());
        neuron.int32("vThMant", (int) threshold);
        neuron.int32("refDelay", REFRACTORY_DELAY);
    }

    /** The mantissas re-expressed at {@code exponent} (≥ the projection's own), rounded to integers. */
    private static float[][] atExponent(QuantizedProjection projection, int exponent) {
        float[][] weights = new float[projection.targetSize()][projection.sourceSize()];
        int shift = exponent - projection.weightExponent();
        for (int target = 0; target < projection.targetSize(); target++) {
            for (int source = 0; source < projection.sourceSize(); source++) {
                weights[target][source] = Math.round(Math.scalb((double) projection.weight(target, source), -shift));
            }
        }
        return weights;
    }

    /** netx strings: a 1-element ASCII array (unlike NIR's scalar strings). */
    private static void oneElementString(H5Group group, String name, String value) {
        group.stringArray(name, new String[] {value});
    }
}
