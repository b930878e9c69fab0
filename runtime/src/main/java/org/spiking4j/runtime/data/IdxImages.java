package org.spiking4j.runtime.data;

/**
 * Images read from an IDX file, as intensities in [0, 1].
 *
 * @param pixels row-major (count, rows * columns), each byte divided by 255
 */
public record IdxImages(float[] pixels, int count, int rows, int columns) {

    /** Pixels per image. */
    public int features() {
        return rows * columns;
    }
}
