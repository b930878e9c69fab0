package org.spiking4j.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.Philox4x32;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ProgramSource;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.kernel.PhiloxKey;

/** The device's Philox-4x32-10 gives Random123's known answers and the same words as the api's. */
class PhiloxOnDeviceTest {
    private static final int WORDS_PER_INPUT = 6;
    /** Counter words, key words, then expected output words (architecture.md, "Determinism"). */
    private static final int[][] KNOWN_ANSWERS = {
        {0, 0, 0, 0, 0, 0, 0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8},
        {-1, -1, -1, -1, -1, -1, 0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
        {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0,
            0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
    };
    private static final int RANDOM_BLOCKS = 4096;

    @Test
    void givesRandom123KnownAnswers() {
        int[] inputs = new int[KNOWN_ANSWERS.length * WORDS_PER_INPUT];
        int[] expected = new int[KNOWN_ANSWERS.length * 4];
        for (int vector = 0; vector < KNOWN_ANSWERS.length; vector++) {
            System.arraycopy(KNOWN_ANSWERS[vector], 0, inputs, vector * WORDS_PER_INPUT, WORDS_PER_INPUT);
            System.arraycopy(KNOWN_ANSWERS[vector], WORDS_PER_INPUT, expected, vector * 4, 4);
        }
        assertArrayEquals(expected, runBlocks(inputs, KNOWN_ANSWERS.length));
    }

    @Test
    void matchesTheApiGeneratorOnInputSpikeCounters() {
        PhiloxKey key = PhiloxKey.of(0x1234_5678_9ABCL, RandomStream.INPUT_SPIKES);
        java.util.SplittableRandom coordinates = new java.util.SplittableRandom(7);
        int[] inputs = new int[RANDOM_BLOCKS * WORDS_PER_INPUT];
        int[] expected = new int[RANDOM_BLOCKS * 4];
        int[] words = new int[4];
        for (int block = 0; block < RANDOM_BLOCKS; block++) {
            int[] counter = {coordinates.nextInt(), coordinates.nextInt(), coordinates.nextInt(), coordinates.nextInt()};
            System.arraycopy(counter, 0, inputs, block * WORDS_PER_INPUT, 4);
            inputs[block * WORDS_PER_INPUT + 4] = key.word0();
            inputs[block * WORDS_PER_INPUT + 5] = key.word1();
            Philox4x32.block(counter, key.word0(), key.word1(), words);
            System.arraycopy(words, 0, expected, block * 4, 4);
        }
        assertArrayEquals(expected, runBlocks(inputs, RANDOM_BLOCKS));
    }

    @Test
    void keyLayoutMatchesCounterRandom() {
        long seed = 0xCAFE_F00D_1234_5678L;
        PhiloxKey key = PhiloxKey.of(seed, RandomStream.INPUT_SPIKES);
        CounterRandom reference = new CounterRandom(seed, RandomStream.INPUT_SPIKES);
        int[] words = new int[4];
        for (int element = 0; element < 64; element++) {
            Philox4x32.block(element / 4, 3, 5, 9, key.word0(), key.word1(), words);
            org.junit.jupiter.api.Assertions.assertEquals(reference.uniform(element, 3, 5, 9),
                    Philox4x32.toUnitFloat(words[element % 4]));
        }
    }

    private static int[] runBlocks(int[] inputs, int blocks) {
        try (OpenClDevice device = OpenClDevice.open(OpenClTestDevices.requireDevice(), new ResourceLedger())) {
            DeviceBuffer in = device.allocate("philox inputs", (long) inputs.length * Integer.BYTES);
            DeviceBuffer out = device.allocate("philox outputs", (long) blocks * 4 * Integer.BYTES);
            in.write(inputs);
            device.kernel(ProgramSource.builtin("philox.cl", "philox-blocks.cl"), "philox_blocks")
                    .launch(device.range(blocks), in, out, blocks);
            return out.readInts(blocks * 4);
        }
    }
}
