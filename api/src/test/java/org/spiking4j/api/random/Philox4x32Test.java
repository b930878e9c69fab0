package org.spiking4j.api.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Random123's published known answers for Philox-4x32-10. */
class Philox4x32Test {

    private static int[] run(int[] counter, int key0, int key1) {
        int[] out = new int[4];
        Philox4x32.block(counter, key0, key1, out);
        return out;
    }

    @Test
    void zeroCounterAndKey() {
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8},
                run(new int[] {0, 0, 0, 0}, 0, 0));
    }

    @Test
    void allOnes() {
        int ones = 0xffffffff;
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
                run(new int[] {ones, ones, ones, ones}, ones, ones));
    }

    @Test
    void piDigits() {
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
                run(new int[] {0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}, 0xa4093822, 0x299f31d0));
    }

    @Test
    void unitFloatUsesTopTwentyFourBits() {
        assertEquals(0.0f, Philox4x32.toUnitFloat(0xff));
        assertEquals(1.0f - 0x1.0p-24f, Philox4x32.toUnitFloat(0xffffffff));
        assertEquals(0.5f, Philox4x32.toUnitFloat(0x80000000));
    }

    @Test
    void streamsAreIndependentAndPositionsRepeatable() {
        CounterRandom a = new CounterRandom(1234, RandomStream.INPUT_SPIKES);
        CounterRandom b = new CounterRandom(1234, RandomStream.WEIGHT_INIT);
        float[] first = new float[10];
        float[] again = new float[10];
        a.fillUniform(first, 0, 10, 3, 4, 5);
        a.copy().fillUniform(again, 0, 10, 3, 4, 5);
        assertArrayEquals(first, again);
        assertEquals(first[7], a.uniform(7, 3, 4, 5));
        assertNotEquals(first[0], b.uniform(0, 3, 4, 5));
        for (float value : first) {
            assertTrue(value >= 0f && value < 1f);
        }
    }
}
