package org.spiking4j.runtime.training;

import org.spiking4j.api.Spiking4jException;

/** Rotates a square image about its centre with bilinear interpolation and nearest-edge fill. */
final class ImageRotation {

    private ImageRotation() {
    }

    static float[] rotate(float[] image, double degrees) {
        int side = (int) Math.round(Math.sqrt(image.length));
        if (side * side != image.length) {
            throw new Spiking4jException("Rotation needs square images; got " + image.length + " pixels.");
        }
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double centre = (side - 1) / 2.0;
        float[] rotated = new float[image.length];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double dx = x - centre;
                double dy = y - centre;
                double sourceX = clamp(cos * dx + sin * dy + centre, side);
                double sourceY = clamp(-sin * dx + cos * dy + centre, side);
                rotated[y * side + x] = bilinear(image, side, sourceX, sourceY);
            }
        }
        return rotated;
    }

    private static double clamp(double coordinate, int side) {
        return Math.min(Math.max(coordinate, 0), side - 1);
    }

    private static float bilinear(float[] image, int side, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        int x1 = Math.min(x0 + 1, side - 1);
        int y1 = Math.min(y0 + 1, side - 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = image[y0 * side + x0] * (1 - fx) + image[y0 * side + x1] * fx;
        double bottom = image[y1 * side + x0] * (1 - fx) + image[y1 * side + x1] * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }
}
