package org.spiking4j.testkit.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random small circuits: inputs up to 784, hidden sizes 16–64, 8–16 steps, 4–16 positives
 * per batch, both protocols, both optimisers. The list always holds each (protocol, optimiser)
 * pair, so every kernel is exercised whatever the seed.
 */
public final class ParityCases {
    private static final int[] INPUT_SIZES = {64, 196, 784};
    private static final int MIN_HIDDEN = 16;
    private static final int MAX_HIDDEN = 64;
    private static final int MIN_STEPS = 8;
    private static final int MAX_STEPS = 16;
    private static final int MIN_BATCH = 4;
    private static final int MAX_BATCH = 16;
    private static final int TRAIN_BATCHES = 3;
    private static final String[] PROTOCOLS = {ParityCircuit.SUPERVISED, ParityCircuit.UNSUPERVISED};
    private static final String[] OPTIMIZERS = {"adam", "sgd"};

    private ParityCases() {
    }

    /** {@code count} cases (at least four, one per protocol and optimiser) drawn from {@code seed}. */
    public static List<ParityCase> random(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ParityCase> cases = new ArrayList<>();
        for (int index = 0; index < Math.max(count, PROTOCOLS.length * OPTIMIZERS.length); index++) {
            String protocol = PROTOCOLS[index % PROTOCOLS.length];
            String optimizer = index < PROTOCOLS.length * OPTIMIZERS.length
                    ? OPTIMIZERS[index / PROTOCOLS.length]
                    : OPTIMIZERS[random.nextInt(OPTIMIZERS.length)];
            cases.add(new ParityCase(random.nextLong(), INPUT_SIZES[random.nextInt(INPUT_SIZES.length)],
                    random.nextInt(MIN_HIDDEN, MAX_HIDDEN + 1), random.nextInt(MIN_HIDDEN, MAX_HIDDEN + 1),
                    random.nextInt(MIN_STEPS, MAX_STEPS + 1), random.nextInt(MIN_BATCH, MAX_BATCH + 1), protocol,
                    optimizer, TRAIN_BATCHES));
        }
        return cases;
    }
}
