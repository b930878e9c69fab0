package org.spiking4j.runtime.data;

import java.util.Arrays;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.runtime.io.DType;
import org.spiking4j.runtime.io.NdArray;

/**
 * Turns NumPy arrays into image rows and class labels: images (N, features) or (N, rows, columns)
 * of floats in [0, 1] or of uint8 0..255; labels as integers (N,) or one-hot rows (N, classes).
 */
final class ArrayImages {

    /** Float pixels may stray this far outside [0, 1] from rounding in whatever produced them. */
    private static final double RANGE_TOLERANCE = 1e-6;
    /** One-hot entries must be this close to 0 or 1. */
    private static final double ONE_HOT_TOLERANCE = 1e-6;
    private static final float MAX_INTENSITY = 255f;

    /** Labels decoded from an array, with the class count the array itself implies. */
    record Labels(int[] values, int impliedClasses, boolean oneHot) {
    }

    private ArrayImages() {
    }

    /** Image rows of {@code images} as float intensities in [0, 1]. */
    static float[] pixels(NdArray images, String source) {
        if (images.rank() < 2) {
            throw new Spiking4jException(source + " has shape " + Arrays.toString(images.shape())
                    + ", but images must be (N, features) or (N, rows, columns). Reshape it, e.g. x.reshape(len(x), -1).");
        }
        return switch (images.dtype()) {
            case UINT8 -> scaled(images);
            case FLOAT32, FLOAT64 -> checkedRange(images, source);
            default -> throw new Spiking4jException(source + " holds " + images.dtype()
                    + " values, but images must be float32/float64 in [0, 1] or uint8 in 0..255. "
                    + "Convert them, e.g. (x / 255).astype('float32').");
        };
    }

    /** Pixels per image: the product of every axis after the first. */
    static int features(NdArray images) {
        int[] shape = images.shape();
        long features = 1;
        for (int axis = 1; axis < shape.length; axis++) {
            features *= shape[axis];
        }
        return Math.toIntExact(features);
    }

    /** The class labels of {@code labels}: integers (N,) or (N, 1), or one-hot (N, classes). */
    static Labels labels(NdArray labels, String source) {
        boolean column = labels.rank() == 2 && labels.dimension(1) == 1;
        if (labels.rank() == 1 || column) {
            int[] values = integerLabels(labels, source);
            return new Labels(values, ClassLabels.inferClasses(values), false);
        }
        if (labels.rank() == 2) {
            return new Labels(oneHotLabels(labels, source), labels.dimension(1), true);
        }
        throw new Spiking4jException(source + " has shape " + Arrays.toString(labels.shape())
                + ", but labels must be integers of shape (N,) or one-hot rows of shape (N, classes).");
    }

    private static float[] scaled(NdArray images) {
        byte[] bytes = (byte[]) images.data();
        float[] pixels = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pixels[i] = Byte.toUnsignedInt(bytes[i]) / MAX_INTENSITY;
        }
        return pixels;
    }

    private static float[] checkedRange(NdArray images, String source) {
        float[] pixels = images.asFloats();
        for (int i = 0; i < pixels.length; i++) {
            float value = pixels[i];
            if (!(value >= -RANGE_TOLERANCE && value <= 1 + RANGE_TOLERANCE)) {
                boolean looksLikeBytes = value > 1 && value <= MAX_INTENSITY;
                throw new Spiking4jException(source + " has the pixel value " + value + " at flat index " + i
                        + ", but float images must lie in [0, 1]."
                        + (looksLikeBytes ? " The values look like 0..255 intensities: divide them by 255, or save them as uint8."
                                : " Rescale the images to [0, 1]."));
            }
        }
        return pixels;
    }

    private static int[] integerLabels(NdArray labels, String source) {
        if (labels.dtype() == DType.BOOL) {
            throw new Spiking4jException(source + " holds booleans, but labels must be class indices or one-hot rows.");
        }
        int[] values = new int[Math.toIntExact(labels.size())];
        for (int i = 0; i < values.length; i++) {
            double value = labels.element(i);
            if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
                throw new Spiking4jException(source + " has the label " + value + " at row " + i
                        + ", but labels must be whole numbers from 0 (class indices). Check the file.");
            }
            values[i] = (int) value;
        }
        return values;
    }

    private static int[] oneHotLabels(NdArray labels, String source) {
        int rows = labels.dimension(0);
        int classes = labels.dimension(1);
        int[] values = new int[rows];
        for (int row = 0; row < rows; row++) {
            int hot = -1;
            for (int c = 0; c < classes; c++) {
                double value = labels.element(row * classes + c);
                boolean one = Math.abs(value - 1) <= ONE_HOT_TOLERANCE;
                if (!one && Math.abs(value) > ONE_HOT_TOLERANCE || one && hot >= 0) {
                    throw notOneHot(source, row, classes);
                }
                hot = one ? c : hot;
            }
            if (hot < 0) {
                throw notOneHot(source, row, classes);
            }
            values[row] = hot;
        }
        return values;
    }

    private static Spiking4jException notOneHot(String source, int row, int classes) {
        return new Spiking4jException(source + " has labels of shape (N, " + classes + "), read as one-hot rows, but row "
                + row + " is not a single 1 among 0s. Save one-hot rows, or class indices of shape (N,).");
    }
}
