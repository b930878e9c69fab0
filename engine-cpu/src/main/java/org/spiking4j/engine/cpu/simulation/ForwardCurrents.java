package org.spiking4j.engine.cpu.simulation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;

/**
 * Sums one row of a population's synaptic current: for each incoming projection, in the circuit's
 * order, the weight rows of the pre units that spiked, then times sign·scale (csdp.md §3a).
 * Event-driven and dense kernels both add in pre-index order, so they give identical results; the
 * dense one multiplies every weight row by its 0/1 spike and is kept for busy projections and for
 * the benchmark.
 */
final class ForwardCurrents {
    /** Pre activity above which the automatic choice takes the dense kernel. */
    static final double DENSE_ACTIVITY_THRESHOLD = 0.5;
    /** Post units per block: 256 floats per weight row keep a 784-row block (784 KiB) in a 1 MiB L2. */
    static final int POST_BLOCK = 256;

    private final KernelChoice choice;
    private final float[][] scratchPerWorker;
    private final WeightRowSums rowSums = WeightRowSums.best();
    /** Merged spike lists of the projections read in pairs, allocated outside the parallel passes. */
    private final Map<ProjectionBuffers, TwinSpikeLists> twinLists = new IdentityHashMap<>();

    ForwardCurrents(KernelChoice choice, int workers, int largestPopulation) {
        this.choice = choice;
        this.scratchPerWorker = new float[workers][POST_BLOCK];
    }

    /** Adds the row's current from these projections to the target's current row. */
    void addRow(PopulationBuffers target, List<ProjectionBuffers> projections, int row, int worker) {
        addRows(target, projections, row, row + 1, worker);
    }

    /**
     * Adds rows [fromRow, toRow) of the current from these projections, one block of post units at a
     * time so that the block's weight columns stay in the core's cache while every row reuses them.
     * Each current element still receives its projections in circuit order and, within one, its pre
     * units in ascending order, so blocking changes no result.
     */
    void addRows(PopulationBuffers target, List<ProjectionBuffers> projections, int fromRow, int toRow, int worker) {
        for (ProjectionBuffers projection : projections) {
            addProjectionRows(target, projection, fromRow, toRow, worker);
        }
    }

    private void addProjectionRows(PopulationBuffers target, ProjectionBuffers projection, int fromRow, int toRow,
            int worker) {
        int size = target.size();
        float[] current = target.current();
        float[] sum = scratchPerWorker[worker];
        float scale = projection.plan().currentScale();
        int preSize = projection.pre().size();
        for (int blockStart = 0; blockStart < size; blockStart += POST_BLOCK) {
            int blockEnd = Math.min(size, blockStart + POST_BLOCK);
            for (int row = fromRow; row < toRow; row++) {
                int activeCount = projection.preActiveCount()[row];
                if (activeCount == 0) {
                    continue;
                }
                int currentStart = row * size + blockStart;
                if (useDense(activeCount, preSize)) {
                    java.util.Arrays.fill(sum, 0, blockEnd - blockStart, 0f);
                    rowSums.addDense(projection.weights(), projection.preSpikes(), row * preSize, preSize, size,
                            blockStart, blockEnd - blockStart, sum);
                    rowSums.scaleInto(sum, blockEnd - blockStart, scale, current, currentStart);
                } else {
                    rowSums.addScaled(projection.weights(), projection.preActive(), row * preSize, activeCount,
                            size, blockStart, blockEnd - blockStart, scale, current, currentStart, sum);
                }
            }
        }
    }

    /**
     * Readies the merged lists of every projection that {@link #addTwinRows} will read in pairs. Call
     * it before the parallel pass.
     */
    void prepareTwins(List<ProjectionBuffers> projections, int offset) {
        for (ProjectionBuffers projection : projections) {
            if (readsInPairs(projection, offset)) {
                TwinSpikeLists lists = twinLists.get(projection);
                if (lists == null || lists.capacityPairs() < offset) {
                    twinLists.put(projection, new TwinSpikeLists(projection.pre().size(), offset));
                }
            }
        }
    }

    /**
     * As {@link #addRows} for rows [fromPair, toPair) and [fromPair + offset, toPair + offset). A
     * projection whose pre rows r and r + offset are twins (identical clamped input, so mostly the
     * same spikes) sums both rows in one pass over the merged list, reading each shared weight row
     * once; the others go row by row. Results are identical either way.
     */
    void addTwinRows(PopulationBuffers target, List<ProjectionBuffers> projections, int fromPair, int toPair,
            int offset, int worker) {
        int size = target.size();
        float[] current = target.current();
        for (ProjectionBuffers projection : projections) {
            if (!readsInPairs(projection, offset)) {
                addProjectionRows(target, projection, fromPair, toPair, worker);
                addProjectionRows(target, projection, fromPair + offset, toPair + offset, worker);
                continue;
            }
            TwinSpikeLists lists = twinLists.get(projection);
            lists.build(projection.preSpikes(), fromPair, toPair, offset);
            float scale = projection.plan().currentScale();
            for (int blockStart = 0; blockStart < size; blockStart += POST_BLOCK) {
                int width = Math.min(size, blockStart + POST_BLOCK) - blockStart;
                for (int pair = fromPair; pair < toPair; pair++) {
                    int count = lists.count(pair);
                    if (count > 0) {
                        rowSums.addScaledPair(projection.weights(), lists.units(), lists.first(), lists.second(),
                                lists.start(pair), count, size, blockStart, width, scale, current,
                                pair * size + blockStart, (pair + offset) * size + blockStart);
                    }
                }
            }
        }
    }

    private boolean readsInPairs(ProjectionBuffers projection, int offset) {
        return choice != KernelChoice.DENSE && offset > 0 && projection.pre().twinOffset() == offset;
    }

    private boolean useDense(int activeCount, int preSize) {
        return switch (choice) {
            case DENSE -> true;
            case EVENT -> false;
            case AUTO -> activeCount > DENSE_ACTIVITY_THRESHOLD * preSize;
        };
    }

}
