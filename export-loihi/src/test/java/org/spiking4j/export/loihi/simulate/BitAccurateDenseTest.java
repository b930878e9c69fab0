package org.spiking4j.export.loihi.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.spiking4j.export.loihi.quantize.SignMode;

/** Lava Dense (AbstractPyDenseModelBitAcc): weight clipping, truncation, exponent shifts, one-step delay. */
class BitAccurateDenseTest {

    @Test
    void mixedWeightsAreClippedToNineBitsAndLoseTheirLastBit() {
        int[] prepared = BitAccurateDense.prepareWeights(new int[] {300, -300, 255, -256, 7, -7, 0}, 8,
                SignMode.MIXED);
        assertArrayEquals(new int[] {254, -256, 254, -256, 6, -8, 0}, prepared);
    }

    @Test
    void excitatoryWeightsKeepEightBitsAndClipNegativesToZero() {
        int[] prepared = BitAccurateDense.prepareWeights(new int[] {300, 255, 7, -5}, 8, SignMode.EXCITATORY);
        assertArrayEquals(new int[] {255, 255, 7, 0}, prepared);
    }

    @Test
    void inhibitoryWeightsAreNegatedClippedAndNegatedBack() {
        int[] prepared = BitAccurateDense.prepareWeights(new int[] {-300, -255, -7, 5}, 8, SignMode.INHIBITORY);
        assertArrayEquals(new int[] {-255, -255, -7, 0}, prepared);
    }

    @Test
    void fewerWeightBitsTruncateTowardMinusInfinity() {
        int[] excitatory = BitAccurateDense.prepareWeights(new int[] {255, 13, 3}, 6, SignMode.EXCITATORY);
        assertArrayEquals(new int[] {252, 12, 0}, excitatory);
        int[] mixed = BitAccurateDense.prepareWeights(new int[] {13, -13}, 6, SignMode.MIXED);
        assertArrayEquals(new int[] {8, -16}, mixed, "three bits dropped by an arithmetic shift");
    }

    @Test
    void signModeIsInferredAsLavaDoes() {
        assertEquals(SignMode.EXCITATORY, BitAccurateDense.infer(new int[] {0, 3}));
        assertEquals(SignMode.EXCITATORY, BitAccurateDense.infer(new int[] {0, 0}));
        assertEquals(SignMode.INHIBITORY, BitAccurateDense.infer(new int[] {0, -3}));
        assertEquals(SignMode.MIXED, BitAccurateDense.infer(new int[] {-1, 3}));
    }

    @Test
    void outputArrivesOneStepLaterShiftedByTheExponent() {
        // (dst, src) = (2, 3): row 0 = [10, 20, 30], row 1 = [-10, -20, -30]
        int[] weights = {10, 20, 30, -10, -20, -30};
        BitAccurateDense dense = new BitAccurateDense(weights, 2, 3, 2, 8, null);
        long[] sent = new long[2];
        dense.send(sent);
        assertArrayEquals(new long[] {0, 0}, sent, "nothing in flight at the first step");
        dense.receive(new byte[] {1, 0, 1}, 0);
        sent = new long[2];
        dense.send(sent);
        assertArrayEquals(new long[] {40 << 2, -(40 << 2)}, sent);
    }

    @Test
    void negativeExponentFloorsTheSummedInput() {
        int[] weights = {6, 6, -6, -6};
        BitAccurateDense dense = new BitAccurateDense(weights, 2, 2, -2, 8, SignMode.MIXED);
        dense.receive(new byte[] {1, 0}, 0);
        assertEquals(1, dense.pending(0), "6 >> 2 = 1");
        assertEquals(-2, dense.pending(1), "-6 >> 2 floors to -2");
        dense.receive(new byte[] {1, 1}, 0);
        assertEquals(3, dense.pending(0), "the sum is shifted, not each weight: 12 >> 2 = 3");
        assertEquals(-3, dense.pending(1));
    }

    @Test
    void resetForgetsTheOutputInFlight() {
        BitAccurateDense dense = new BitAccurateDense(new int[] {5}, 1, 1, 0, 8, null);
        dense.receive(new byte[] {1}, 0);
        dense.reset();
        long[] sent = new long[1];
        dense.send(sent);
        assertEquals(0, sent[0]);
    }
}
