package org.spiking4j.report.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.spiking4j.api.Spiking4jException;

/** Writes a figure's pictures into the report folder: charts as PNG and SVG (XChart), bitmaps as PNG (ImageIO). */
public final class FigureFiles {
    private final Path folder;

    public FigureFiles(Path folder) {
        this.folder = folder;
    }

    /** The file names one figure wrote, relative to the report folder. */
    public record Written(List<String> images, List<String> vectors) {
        public Written and(Written other) {
            List<String> allImages = new ArrayList<>(images);
            allImages.addAll(other.images);
            List<String> allVectors = new ArrayList<>(vectors);
            allVectors.addAll(other.vectors);
            return new Written(allImages, allVectors);
        }
    }

    public Written chart(Chart<?, ?> chart, String name) {
        String png = name + ".png";
        String svg = name + ".svg";
        try (OutputStream out = Files.newOutputStream(folder.resolve(png))) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw cannotWrite(png, e);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(svg))) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw cannotWrite(svg, e);
        }
        return new Written(List.of(png), List.of(svg));
    }

    public Written image(BufferedImage image, String name) {
        String png = name + ".png";
        try {
            if (!ImageIO.write(image, "png", folder.resolve(png).toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw cannotWrite(png, e);
        }
        return new Written(List.of(png), List.of());
    }

    private Spiking4jException cannotWrite(String file, IOException e) {
        return new Spiking4jException("Cannot write " + folder.resolve(file) + " (" + e.getMessage()
                + "); check that the report folder is writable and the disk has space.");
    }
}
