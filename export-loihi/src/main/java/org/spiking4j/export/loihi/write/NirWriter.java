package org.spiking4j.export.loihi.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.export.loihi.quantize.LoihiLimits;
import org.spiking4j.export.loihi.quantize.QuantizedNetwork;
import org.spiking4j.export.loihi.quantize.QuantizedPopulation;
import org.spiking4j.export.loihi.quantize.QuantizedProjection;

/**
 * The full graph in NIR 1.0.7 ({@code <name>.nir}, loihi-export.md §3.3), cycles included. It
 * describes the quantised circuit: a NIR simulator that takes Euler steps of dt reproduces the
 * .lava.h5 circuit up to Lava's integer truncations.
 *
 * <p>Conventions (also written to {@code node/metadata}): times in seconds; every CubaLIF has
 * {@code tau_syn = dt·4096/(du+1)} (= dt: the current is replaced each step), {@code tau_mem =
 * dt·4096/dv}, {@code r = tau_mem/dt}, {@code w_in = tau_syn/dt}, {@code v_leak = v_reset = 0} and
 * {@code v_threshold = vth/scale}; every Linear holds the effective weights {@code m·2^e/scale} of
 * the target population. So one Euler step is {@code v ← (1 − dv/4096)·v + Σ W·s}. Node groups
 * hold only the datasets NIR's reader knows, because it refuses any other.
 */
public final class NirWriter {
    public static final String NIR_VERSION = "1.0.7";
    private static final double SECONDS_PER_MILLISECOND = 1e-3;
    private static final String CLASSIFIER_OUTPUT = "output";

    public void write(Path target, QuantizedNetwork network) {
        List<String[]> edges = new ArrayList<>();
        List<QuantizedPopulation> outputs = outputs(network);
        checkNames(network, outputs);
        double dtSeconds = network.dt() * SECONDS_PER_MILLISECOND;
        H5File.write(target, root -> {
            scalarString(root, "version", NIR_VERSION);
            H5Group graph = root.group("node");
            scalarString(graph, "type", "NIRGraph");
            H5Group nodes = graph.group("nodes");
            QuantizedPopulation input = network.input();
            H5Group inputNode = nodes.group(input.name());
            scalarString(inputNode, "type", "Input");
            inputNode.int64Array("shape", new long[] {input.size()});
            for (QuantizedPopulation population : network.lifPopulations()) {
                writeCubaLif(nodes.group(population.name()), population, dtSeconds);
            }
            for (QuantizedProjection projection : network.projections()) {
                H5Group linear = nodes.group(projection.name());
                scalarString(linear, "type", "Linear");
                linear.float32Matrix("weight", effectiveWeights(projection, network.population(projection.target())));
                edges.add(new String[] {projection.source(), projection.name()});
                edges.add(new String[] {projection.name(), projection.target()});
            }
            for (QuantizedPopulation population : outputs) {
                String name = outputName(network, population);
                H5Group output = nodes.group(name);
                scalarString(output, "type", "Output");
                output.int64Array("shape", new long[] {population.size()});
                edges.add(new String[] {population.name(), name});
            }
            graph.stringMatrix("edges", edges.toArray(new String[0][]));
            writeMetadata(graph.group("metadata"), network, dtSeconds);
        });
    }

    private static void writeCubaLif(H5Group node, QuantizedPopulation population, double dtSeconds) {
        double tauSyn = dtSeconds * LoihiLimits.DECAY_UNIT / (population.du() + 1.0);
        double tauMem = dtSeconds * LoihiLimits.DECAY_UNIT / population.dv();
        scalarString(node, "type", "CubaLIF");
        node.float32Array("tau_syn", filled(population.size(), tauSyn));
        node.float32Array("tau_mem", filled(population.size(), tauMem));
        node.float32Array("r", filled(population.size(), tauMem / dtSeconds));
        node.float32Array("v_leak", filled(population.size(), 0));
        node.float32Array("v_threshold", filled(population.size(), population.effectiveThreshold()));
        node.float32Array("v_reset", filled(population.size(), 0));
        node.float32Array("w_in", filled(population.size(), tauSyn / dtSeconds));
    }

    private static void writeMetadata(H5Group metadata, QuantizedNetwork network, double dtSeconds) {
        metadata.float64("dt", dtSeconds);
        metadata.int32("steps", network.steps());
        scalarString(metadata, "source", "spiking4j export-loihi: the quantised circuit '" + network.name() + "'");
        scalarString(metadata, "convention", "Times in seconds. One Euler step of dt per time step: "
                + "v <- v + dt/tau_mem*(v_leak - v + r*I), I <- I + dt/tau_syn*(-I + w_in*x). Every Linear "
                + "delivers its input one step later (Lava's Dense delay). Spikes when v > v_threshold, then v = v_reset.");
        for (QuantizedPopulation population : network.lifPopulations()) {
            metadata.float64("scale_" + population.name(), population.scale());
        }
    }

    private static float[][] effectiveWeights(QuantizedProjection projection, QuantizedPopulation target) {
        float[][] weights = new float[projection.targetSize()][projection.sourceSize()];
        for (int unit = 0; unit < projection.targetSize(); unit++) {
            for (int source = 0; source < projection.sourceSize(); source++) {
                weights[unit][source] = (float) (Math.scalb((double) projection.weight(unit, source),
                        projection.weightExponent()) / target.scale());
            }
        }
        return weights;
    }

    private static List<QuantizedPopulation> outputs(QuantizedNetwork network) {
        return network.lifPopulations().stream()
                .filter(p -> p.role() == PopulationRole.CLASSIFIER || p.role() == PopulationRole.RECONSTRUCTION)
                .toList();
    }

    private static String outputName(QuantizedNetwork network, QuantizedPopulation population) {
        return population.name().equals(network.classifier()) ? CLASSIFIER_OUTPUT : "output_" + population.name();
    }

    private static void checkNames(QuantizedNetwork network, List<QuantizedPopulation> outputs) {
        Set<String> names = new HashSet<>();
        List<String> all = new ArrayList<>();
        network.populations().forEach(p -> all.add(p.name()));
        network.projections().forEach(p -> all.add(p.name()));
        outputs.forEach(p -> all.add(outputName(network, p)));
        for (String name : all) {
            if (!names.add(name)) {
                throw new Spiking4jException("The name '" + name + "' is used by more than one population, "
                        + "projection or output node; NIR needs one name per node. Rename it in the circuit.");
            }
        }
    }

    private static float[] filled(int size, double value) {
        float[] values = new float[size];
        java.util.Arrays.fill(values, (float) value);
        return values;
    }

    /** NIR strings: scalar datasets, which its reader decodes with {@code [()]} (unlike netx's arrays). */
    private static void scalarString(H5Group group, String name, String value) {
        group.scalarString(name, value);
    }
}
