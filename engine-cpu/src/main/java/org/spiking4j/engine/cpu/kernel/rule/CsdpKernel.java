package org.spiking4j.engine.cpu.kernel.rule;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.builtin.CsdpParameters;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SpikeBuffer;
import org.spiking4j.engine.cpu.spi.UnitSpikeRows;

/**
 * The CSDP rule (csdp.md §5): Δ = preᵀ·(g·r) goes to the optimiser; afterwards every weight loses
 * wDecay per (silent pre, spiking post) pair of the batch. That count (1−p)ᵀq is split into the
 * post spike count per column minus the sparse pᵀq, so only spiking pairs are visited. Both sums of
 * a weight row run over the batch rows in which its pre unit spiked, into per-worker scratch rows.
 */
public final class CsdpKernel implements CpuRuleKernel {
    /** The decay pass mixes a column vector with a weight row; C2 will not vectorise that by itself. */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private final ProjectionBuffers projection;
    private final BatchContext batch;
    private final float signalScale;
    private final float weightDecay;
    private final float[] postSpikesPerColumn;
    /** This step's post spikes of all rows in one array (row r's at [start[r], start[r+1])): one cache-friendly read per pre row. */
    private final int[] postSpikesStart;
    private int[] postSpikesPacked;
    /** Per worker, pᵀq of the weight row being constrained; all zero between rows. */
    private final float[][] coincidencesPerWorker;

    public CsdpKernel(CpuKernelSetup setup, ProjectionBuffers projection) {
        this.projection = projection;
        this.batch = setup.batch();
        CsdpParameters parameters = CsdpParameters.of(setup.plan(), projection.plan());
        this.signalScale = parameters.signalScale();
        this.weightDecay = parameters.weightDecay();
        int post = projection.post().size();
        this.postSpikesPerColumn = new float[post];
        this.coincidencesPerWorker = parameters.decays() ? new float[setup.workers()][post] : null;
        int capacityRows = setup.plan().capacityRows();
        this.postSpikesStart = new int[capacityRows + 1];
        this.postSpikesPacked = new int[capacityRows];
    }

    /** Counts post spikes per column and packs the rows' post spike lists contiguously for {@link #constrain}. */
    @Override
    public void beginStep() {
        if (coincidencesPerWorker == null) {
            return;
        }
        java.util.Arrays.fill(postSpikesPerColumn, 0f);
        SpikeBuffer post = projection.post().spikes();
        int size = post.size();
        int[] active = post.active();
        int[] counts = post.activeCount();
        int total = 0;
        for (int row = 0; row < batch.rows(); row++) {
            total += counts[row];
        }
        if (total > postSpikesPacked.length) {
            postSpikesPacked = new int[Math.max(total, 2 * postSpikesPacked.length)];
        }
        int packed = 0;
        for (int row = 0; row < batch.rows(); row++) {
            int base = row * size;
            postSpikesStart[row] = packed;
            for (int k = 0; k < counts[row]; k++) {
                int unit = active[base + k];
                postSpikesPerColumn[unit] += 1f;
                postSpikesPacked[packed++] = unit;
            }
        }
        postSpikesStart[batch.rows()] = packed;
    }

    /** Δ's row: Σ over the rows where the pre unit spiked of g·r (csdp.md §5). */
    @Override
    public void accumulateRow(int preRow, float[] delta, int worker) {
        PreSignalProducts.addRow(projection, preRow, delta, 1f, signalScale);
    }

    @Override
    public void constrain(int preRow, int worker) {
        if (coincidencesPerWorker == null) {
            return;
        }
        float[] coincidences = coincidencesPerWorker[worker];
        int postSize = projection.post().size();
        UnitSpikeRows spikeRows = projection.preSpikeRows();
        int[] rows = spikeRows.rows();
        int first = spikeRows.start(preRow);
        int last = spikeRows.start(preRow + 1);
        for (int k = first; k < last; k++) {
            for (int s = postSpikesStart[rows[k]]; s < postSpikesStart[rows[k] + 1]; s++) {
                coincidences[postSpikesPacked[s]] += 1f;
            }
        }
        float[] weights = projection.weights();
        int base = preRow * postSize;
        int unit = 0;
        for (int vectorEnd = SPECIES.loopBound(postSize); unit < vectorEnd; unit += SPECIES.length()) {
            FloatVector silentPrePairs = FloatVector.fromArray(SPECIES, postSpikesPerColumn, unit)
                    .sub(FloatVector.fromArray(SPECIES, coincidences, unit));
            FloatVector.fromArray(SPECIES, weights, base + unit).sub(silentPrePairs.mul(weightDecay))
                    .intoArray(weights, base + unit);
        }
        for (; unit < postSize; unit++) {
            float silentPrePairs = postSpikesPerColumn[unit] - coincidences[unit];
            weights[base + unit] = weights[base + unit] - weightDecay * silentPrePairs;
        }
        for (int k = first; k < last; k++) {
            for (int s = postSpikesStart[rows[k]]; s < postSpikesStart[rows[k] + 1]; s++) {
                coincidences[postSpikesPacked[s]] = 0f;
            }
        }
    }
}
