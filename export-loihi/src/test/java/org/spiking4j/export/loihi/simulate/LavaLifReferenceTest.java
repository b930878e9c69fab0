package org.spiking4j.export.loihi.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbers Lava's own unit tests pin for PyLifModelBitAcc (tests/lava/proc/lif/test_models.py in
 * lava-nc/lava, as listed in loihi-export.md §1), reproduced by the Java bit-accurate LIF.
 */
class LavaLifReferenceTest {
    private static final int IMPULSE = 128;

    @Test
    void currentDecaysByHalfEachStepWithDuOfHalf() {
        BitAccurateLif lif = new BitAccurateLif(1, 2047, 0, 256, new int[1], new int[1]);
        long[] expected = {8192, 4096, 2048, 1024, 512, 256, 128, 64};
        long[] currents = new long[expected.length];
        for (int step = 0; step < expected.length; step++) {
            lif.step(new long[] {step == 0 ? IMPULSE : 0}, new byte[1], 0);
            currents[step] = lif.current(0);
        }
        assertArrayEquals(expected, currents);
    }

    @Test
    void voltageIntegratesASlowlyDecayingCurrentWithDvOfHalf() {
        BitAccurateLif lif = new BitAccurateLif(1, 0, 2048, 256, new int[1], new int[1]);
        long[] expected = {8192, 12286, 14331, 15351, 15859, 16111, 16235, 16295};
        long[] voltages = new long[expected.length];
        for (int step = 0; step < expected.length; step++) {
            lif.step(new long[] {step == 0 ? IMPULSE : 0}, new byte[1], 0);
            voltages[step] = lif.voltage(0);
        }
        assertArrayEquals(expected, voltages);
    }

    @Test
    void biasAloneSpikesEveryFifthStep() {
        BitAccurateLif lif = new BitAccurateLif(1, 0, 0, 8, new int[] {2}, new int[] {6});
        List<Integer> spikeSteps = new ArrayList<>();
        byte[] spike = new byte[1];
        for (int step = 1; step <= 10; step++) {
            lif.step(new long[1], spike, 0);
            if (spike[0] == 1) {
                spikeSteps.add(step);
            }
        }
        assertEquals(List.of(5, 10), spikeSteps);
    }

    @Test
    void currentWrapsAsymmetricallyAndVoltageSaturates() {
        assertEquals(1L << 23, LavaArithmetic.wrapCurrent(1L << 23), "2^23 itself is not wrapped");
        assertEquals((1L << 23) + 1 - (1L << 24), LavaArithmetic.wrapCurrent((1L << 23) + 1));
        assertEquals(-(1L << 23) + (1L << 24), LavaArithmetic.wrapCurrent(-(1L << 23)), "−2^23 is wrapped");
        assertEquals((1L << 23) - 1, LavaArithmetic.clampVoltage(1L << 30));
        assertEquals(-((1L << 23) - 1), LavaArithmetic.clampVoltage(-(1L << 30)));
    }

    @Test
    void decayRoundsTowardZeroOnBothSides() {
        assertEquals(2, LavaArithmetic.towardZero(3 * 4095));
        assertEquals(-2, LavaArithmetic.towardZero(-3 * 4095));
    }

    @Test
    void spikeNeedsStrictlyMoreThanTheShiftedThresholdAndResetsOnlyTheVoltage() {
        BitAccurateLif lif = new BitAccurateLif(1, 4095, 4095, 2, new int[1], new int[1]);
        byte[] spike = new byte[1];
        lif.step(new long[] {2}, spike, 0);
        assertEquals(0, spike[0], "v = 128 equals vth << 6 = 128: no spike");
        lif.step(new long[] {3}, spike, 0);
        assertEquals(1, spike[0]);
        assertEquals(0, lif.voltage(0));
        assertEquals(3 << 6, lif.current(0), "u is not reset");
    }
}
