package org.spiking4j.engine.cpu.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;

/** The per-row spike lists and their transpose by unit, against a direct reading of the spike bytes. */
class SpikeBufferTest {
    /** Not a multiple of eight, so the word-at-a-time scan ends with a byte tail. */
    private static final int SIZE = 203;
    private static final int ROWS = 37;

    @Test
    void rowListsAndTheirTransposeNameEverySpikeInAscendingOrder() {
        SpikeBuffer buffer = new SpikeBuffer(SIZE, ROWS);
        float[] draws = new float[SIZE];
        CounterRandom random = new CounterRandom(3, RandomStream.INPUT_SPIKES);
        for (int row = 0; row < ROWS; row++) {
            random.fillUniform(draws, 0, SIZE, row, 0, 0);
            for (int unit = 0; unit < SIZE; unit++) {
                // Rows of every density, from silent (row 0) to nearly full.
                buffer.spikes()[row * SIZE + unit] = draws[unit] < row / (float) ROWS ? (byte) 1 : (byte) 0;
            }
            buffer.indexRow(row);
        }
        List<List<Integer>> rowsPerUnit = new ArrayList<>();
        for (int unit = 0; unit < SIZE; unit++) {
            rowsPerUnit.add(new ArrayList<>());
        }
        for (int row = 0; row < ROWS; row++) {
            List<Integer> expected = new ArrayList<>();
            for (int unit = 0; unit < SIZE; unit++) {
                if (buffer.spikes()[row * SIZE + unit] != 0) {
                    expected.add(unit);
                    rowsPerUnit.get(unit).add(row);
                }
            }
            assertEquals(expected.size(), buffer.activeCount()[row], "count of row " + row);
            int[] listed = new int[expected.size()];
            System.arraycopy(buffer.active(), row * SIZE, listed, 0, listed.length);
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), listed, "row " + row);
        }
        UnitSpikeRows byUnit = buffer.byUnit(ROWS);
        for (int unit = 0; unit < SIZE; unit++) {
            int[] listed = new int[byUnit.start(unit + 1) - byUnit.start(unit)];
            System.arraycopy(byUnit.rows(), byUnit.start(unit), listed, 0, listed.length);
            assertArrayEquals(rowsPerUnit.get(unit).stream().mapToInt(Integer::intValue).toArray(), listed,
                    "rows of unit " + unit);
        }
    }
}
