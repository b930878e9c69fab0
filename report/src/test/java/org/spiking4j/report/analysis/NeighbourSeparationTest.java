package org.spiking4j.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The k-NN separation number on hand-checkable points. */
class NeighbourSeparationTest {

    @Test
    void twoTightGroupsFarApartAreFullySeparated() {
        double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10}, {11, 11}};
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1};
        assertEquals(1.0, new NeighbourSeparation(3).accuracy(points, labels, 2), 0.0);
    }

    @Test
    void aPointAmongTheOtherClassIsCountedWrong() {
        // The point (10.5, 10.5) labelled 0 sits inside group 1: its 3 nearest neighbours vote 1.
        double[][] points = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10}, {10.5, 10.5}};
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 0};
        assertEquals(7 / 8.0, new NeighbourSeparation(3).accuracy(points, labels, 2), 0.0);
    }

    @Test
    void alternatingLabelsOnALineAreAlwaysWrongWithOneNeighbour() {
        double[][] points = {{0}, {1}, {2}, {3}, {4}, {5}};
        int[] labels = {0, 1, 0, 1, 0, 1};
        assertEquals(0.0, new NeighbourSeparation(1).accuracy(points, labels, 2), 0.0);
    }
}
