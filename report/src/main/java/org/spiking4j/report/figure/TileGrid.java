package org.spiking4j.report.figure;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Square images (receptive fields, inputs, reconstructions) laid out in a grid, each pixel enlarged
 * to a block so a 28×28 tile is readable, with a light gap between tiles.
 */
final class TileGrid {
    /** Screen pixels per image pixel. */
    private static final int ENLARGEMENT = 3;
    private static final int GAP = 2;
    private static final Color GAP_COLOUR = new Color(0xDD, 0xDD, 0xDD);

    private TileGrid() {
    }

    /** The side of a square image with this many pixels, or 0 when it is not square. */
    static int side(int pixels) {
        int side = (int) Math.round(Math.sqrt(pixels));
        return side * side == pixels ? side : 0;
    }

    /**
     * @param tiles grey levels in [0, 1], row-major, each {@code side}² long
     */
    static BufferedImage render(List<float[]> tiles, int side, int columns) {
        int rows = (tiles.size() + columns - 1) / columns;
        int block = side * ENLARGEMENT + GAP;
        BufferedImage image = new BufferedImage(columns * block + GAP, rows * block + GAP, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, GAP_COLOUR.getRGB());
            }
        }
        for (int tile = 0; tile < tiles.size(); tile++) {
            int left = GAP + (tile % columns) * block;
            int top = GAP + (tile / columns) * block;
            float[] levels = tiles.get(tile);
            for (int pixel = 0; pixel < side * side; pixel++) {
                int grey = Math.round(255 * Math.max(0f, Math.min(1f, levels[pixel])));
                int rgb = (grey << 16) | (grey << 8) | grey;
                int x0 = left + (pixel % side) * ENLARGEMENT;
                int y0 = top + (pixel / side) * ENLARGEMENT;
                for (int dx = 0; dx < ENLARGEMENT; dx++) {
                    for (int dy = 0; dy < ENLARGEMENT; dy++) {
                        image.setRGB(x0 + dx, y0 + dy, rgb);
                    }
                }
            }
        }
        return image;
    }
}
