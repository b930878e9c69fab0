package org.spiking4j.engine.cpu.simulation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Times the input layer's forward sums at paper scale (784 × 3000 weights, 500 batch rows of synthetic
 * MNIST-like spikes, one thread) three ways: row by row as the engine does at test; row by row with the
 * spiking inputs folded onto fewer distinct weight rows, so the block's weights fit L1 or L2 (same
 * arithmetic, smaller working set); and as twin pairs (rows r and r + 250 driven by the same image, as
 * in a training batch). Run by scripts/bench/forward-kernel.sh; figures are medians over repetitions.
 */
public final class ForwardKernelBench {
    private static final int PRE = 784;
    private static final int POST = 3000;
    private static final int PAIRS = 250;
    private static final int ROWS = 2 * PAIRS;
    private static final double LIT_FRACTION = 0.19;
    private static final double LIT_INTENSITY = 0.7;
    private static final float SCALE = 0.1f;
    private static final int REPETITIONS = 25;

    private final VectorWeightRowSums sums = new VectorWeightRowSums();
    private final float[] weights = new float[PRE * POST];
    private final byte[] spikes = new byte[ROWS * PRE];
    private final int[] active = new int[ROWS * PRE];
    private final int[] activeCount = new int[ROWS];
    private final float[] current = new float[ROWS * POST];
    private final float[] scratch = new float[ForwardCurrents.POST_BLOCK];
    private final TwinSpikeLists twins = new TwinSpikeLists(PRE, PAIRS);

    public static void main(String[] args) {
        new ForwardKernelBench().run();
    }

    private void run() {
        SplittableRandom random = new SplittableRandom(12);
        for (int index = 0; index < weights.length; index++) {
            weights[index] = (float) (random.nextDouble() * 2 - 1);
        }
        boolean[] lit = new boolean[PAIRS * PRE];
        for (int index = 0; index < lit.length; index++) {
            lit[index] = random.nextDouble() < LIT_FRACTION;
        }
        int[] distinctRows = {PRE, 100, 8};
        double[][] singleTimes = new double[distinctRows.length][REPETITIONS];
        double[] pairTimes = new double[REPETITIONS];
        long spikesTotal = 0;
        long unionTotal = 0;
        for (int repetition = 0; repetition < REPETITIONS; repetition++) {
            for (int row = 0; row < ROWS; row++) {
                for (int unit = 0; unit < PRE; unit++) {
                    boolean spike = lit[(row % PAIRS) * PRE + unit] && random.nextDouble() < LIT_INTENSITY;
                    spikes[row * PRE + unit] = (byte) (spike ? 1 : 0);
                }
            }
            for (int variant = 0; variant < distinctRows.length; variant++) {
                spikesTotal += listSpikes(distinctRows[variant]);
                singleTimes[variant][repetition] = timeSingle();
            }
            long started = System.nanoTime();
            twins.build(spikes, 0, PAIRS, PAIRS);
            for (int blockStart = 0; blockStart < POST; blockStart += ForwardCurrents.POST_BLOCK) {
                int width = Math.min(POST, blockStart + ForwardCurrents.POST_BLOCK) - blockStart;
                for (int pair = 0; pair < PAIRS; pair++) {
                    sums.addScaledPair(weights, twins.units(), twins.first(), twins.second(), twins.start(pair),
                            twins.count(pair), POST, blockStart, width, SCALE, current, pair * POST + blockStart,
                            (pair + PAIRS) * POST + blockStart);
                }
            }
            pairTimes[repetition] = (System.nanoTime() - started) / 1e6;
            for (int pair = 0; pair < PAIRS; pair++) {
                unionTotal += twins.count(pair);
            }
        }
        double single = median(singleTimes[0]);
        System.out.printf("input-layer forward sums, 784 x 3000, %d rows, one thread, ms per step (median of %d)%n",
                ROWS, REPETITIONS);
        for (int variant = 0; variant < distinctRows.length; variant++) {
            double time = median(singleTimes[variant]);
            double kib = distinctRows[variant] * ForwardCurrents.POST_BLOCK * Float.BYTES / 1024.0;
            System.out.printf("  row by row, inputs on %3d weight rows (%5.0f KiB per block): %6.2f ms  (%.2fx)%n",
                    distinctRows[variant], kib, time, single / time);
        }
        double union = unionTotal / (double) (spikesTotal / distinctRows.length);
        System.out.printf("  twin pairs, merged lists (%.3f of the rows' spikes):             %6.2f ms  (%.2fx)%n",
                union, median(pairTimes), single / median(pairTimes));
    }

    /** Lists each row's spikes, unit u read from weight row u · distinct / PRE (ascending, as the engine's lists). */
    private long listSpikes(int distinct) {
        long total = 0;
        for (int row = 0; row < ROWS; row++) {
            int found = row * PRE;
            for (int unit = 0; unit < PRE; unit++) {
                active[found] = unit * distinct / PRE;
                found += spikes[row * PRE + unit];
            }
            activeCount[row] = found - row * PRE;
            total += activeCount[row];
        }
        return total;
    }

    private double timeSingle() {
        long started = System.nanoTime();
        for (int blockStart = 0; blockStart < POST; blockStart += ForwardCurrents.POST_BLOCK) {
            int width = Math.min(POST, blockStart + ForwardCurrents.POST_BLOCK) - blockStart;
            for (int row = 0; row < ROWS; row++) {
                sums.addScaled(weights, active, row * PRE, activeCount[row], POST, blockStart, width, SCALE, current,
                        row * POST + blockStart, scratch);
            }
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
