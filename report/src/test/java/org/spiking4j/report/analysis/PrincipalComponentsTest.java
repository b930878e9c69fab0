package org.spiking4j.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;

/** PCA through EJML's SVD on data whose principal axes are known. */
class PrincipalComponentsTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void pointsOnALineProjectOntoOneComponentKeepingTheirDistances() {
        // Points t·(3, 4, 0, 0) with a constant column that PCA must drop: the first component is |t|·5 apart.
        double[][] rows = new double[5][];
        for (int index = 0; index < rows.length; index++) {
            rows[index] = new double[] {3.0 * index, 4.0 * index, 7, 0};
        }
        double[][] projected = new PrincipalComponents().project(rows, 3);
        assertEquals(2, projected[0].length, "two varying columns give at most two components");
        for (int index = 1; index < rows.length; index++) {
            assertEquals(5.0, Math.abs(projected[index][0] - projected[index - 1][0]), TOLERANCE);
            assertEquals(0.0, projected[index][1], TOLERANCE);
        }
    }

    @Test
    void codesThatNeverVaryAreRefusedWithAReason() {
        double[][] rows = {{1, 0}, {1, 0}, {1, 0}};
        Spiking4jException error = assertThrows(Spiking4jException.class,
                () -> new PrincipalComponents().project(rows, 2));
        assertEquals(true, error.getMessage().contains("nothing to embed"));
    }
}
