package org.spiking4j.report.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.spiking4j.api.Spiking4jException;

/**
 * Projects rows onto their leading principal components (EJML's SVD of the centred data), the step
 * before t-SNE that the reference's script takes too. Columns that never vary carry nothing and are
 * dropped first, which makes the SVD of sparse spike codes much smaller.
 */
public final class PrincipalComponents {

    /** @return (rows, min(components, informative columns, rows)) coordinates, largest component first */
    public double[][] project(double[][] rows, int components) {
        int count = rows.length;
        int[] informative = varyingColumns(rows);
        if (informative.length == 0) {
            throw new Spiking4jException("Every rate code is the same (no hidden unit fired differently across the "
                    + count + " images), so there is nothing to embed; train the circuit longer or check its input.");
        }
        DMatrixRMaj centred = new DMatrixRMaj(count, informative.length);
        for (int column = 0; column < informative.length; column++) {
            double mean = 0;
            for (double[] row : rows) {
                mean += row[informative[column]];
            }
            mean /= count;
            for (int row = 0; row < count; row++) {
                centred.set(row, column, rows[row][informative[column]] - mean);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(count, informative.length,
                false, true, true);
        if (!svd.decompose(centred.copy())) {
            throw new Spiking4jException("The SVD of the " + count + " × " + informative.length
                    + " rate codes did not converge; try another --samples.");
        }
        DMatrixRMaj singular = svd.getW(null);
        DMatrixRMaj transposedV = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, singular, transposedV, true);
        int kept = Math.min(components, Math.min(transposedV.numRows, count));
        DMatrixRMaj leading = CommonOps_DDRM.extract(transposedV, 0, kept, 0, transposedV.numCols);
        DMatrixRMaj projected = new DMatrixRMaj(count, kept);
        CommonOps_DDRM.multTransB(centred, leading, projected);
        double[][] result = new double[count][kept];
        for (int row = 0; row < count; row++) {
            for (int column = 0; column < kept; column++) {
                result[row][column] = projected.get(row, column);
            }
        }
        return result;
    }

    /** How many columns vary across the rows (only those carry information). */
    public int informativeColumns(double[][] rows) {
        return rows.length == 0 ? 0 : varyingColumns(rows).length;
    }

    private static int[] varyingColumns(double[][] rows) {
        int columns = rows[0].length;
        int[] kept = new int[columns];
        int count = 0;
        for (int column = 0; column < columns; column++) {
            double first = rows[0][column];
            for (double[] row : rows) {
                if (row[column] != first) {
                    kept[count++] = column;
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }
}
