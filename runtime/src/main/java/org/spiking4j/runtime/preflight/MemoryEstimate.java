package org.spiking4j.runtime.preflight;

import java.util.Locale;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;

/**
 * What a circuit's simulation will need on the heap, estimated from its sizes before anything is
 * allocated, so that a circuit too large fails in a second with a sentence instead of an
 * OutOfMemoryError (or a negative array size) after the data has loaded.
 */
public final class MemoryEstimate {
    /** float32 copies per weight: the weights, two Adam moments, the update, and a checkpoint's copy. */
    private static final int FLOATS_PER_WEIGHT = 5;
    /** float32 buffers per unit and batch row: voltage, threshold, spikes, trace, currents, counts, signals. */
    private static final int FLOATS_PER_UNIT_ROW = 16;
    private static final int BYTES_PER_FLOAT = Float.BYTES;
    /** The largest Java array, a little under Integer.MAX_VALUE on every JVM. */
    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8L;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private MemoryEstimate() {
    }

    /** Bytes the simulation of this circuit needs, by the estimate in the class comment. */
    public static long bytes(CircuitDescription circuit) {
        long weights = 0;
        for (ProjectionSpec projection : circuit.projections().values()) {
            weights += (long) circuit.population(projection.from()).size() * circuit.population(projection.to()).size();
        }
        long units = 0;
        for (PopulationSpec population : circuit.populations().values()) {
            units += population.size();
        }
        ProtocolSpec protocol = circuit.protocol();
        long rows = Math.max(2L * protocol.batchSize(), protocol.effectiveTestBatchSize());
        return weights * FLOATS_PER_WEIGHT * BYTES_PER_FLOAT + units * rows * FLOATS_PER_UNIT_ROW * BYTES_PER_FLOAT;
    }

    /** Throws unless every array fits in Java and the estimate fits in the heap still free. */
    public static void check(CircuitDescription circuit, long freeHeapBytes) {
        ProtocolSpec protocol = circuit.protocol();
        long rows = Math.max(2L * protocol.batchSize(), protocol.effectiveTestBatchSize());
        circuit.projections().forEach((name, projection) -> {
            long size = (long) circuit.population(projection.from()).size() * circuit.population(projection.to()).size();
            if (size > LARGEST_ARRAY) {
                throw new Spiking4jException("Projection " + name + " (" + projection.from() + "→" + projection.to()
                        + ") would have " + size + " weights, more than one Java array holds (" + LARGEST_ARRAY
                        + "); make its populations smaller.");
            }
        });
        circuit.populations().forEach((name, population) -> {
            if (population.size() * rows > LARGEST_ARRAY) {
                throw new Spiking4jException("Population " + name + " has " + population.size() + " units, which for "
                        + rows + " rows per batch is more than one Java array holds; make it smaller or lower "
                        + "protocol.batchSize.");
            }
        });
        long needed = bytes(circuit);
        if (needed > freeHeapBytes) {
            throw new Spiking4jException(String.format(Locale.ROOT, "Circuit %s needs about %.1f GiB of memory, but "
                    + "only %.1f GiB of the Java heap is free; make its populations or protocol.batchSize smaller, or "
                    + "give Java more, e.g. JAVA_OPTS=\"-Xmx%dg\" ./spiking4j train ...", circuit.name(),
                    needed / GIB, freeHeapBytes / GIB, (long) Math.ceil(needed * 1.5 / GIB) + 1));
        }
    }

    /** The heap still free for new objects in this JVM. */
    public static long freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }
}
