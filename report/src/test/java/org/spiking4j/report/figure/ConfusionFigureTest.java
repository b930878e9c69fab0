package org.spiking4j.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spiking4j.report.analysis.ConfusionMatrix;

/** The confusion matrix's numbers and picture put each count in its (true, predicted) cell. */
class ConfusionFigureTest {

    @Test
    void countsLandInTheirCells(@TempDir Path folder) throws Exception {
        // Class 0 always right (5 times), class 1 predicted as 2 three times, class 2 right once.
        int[] labels = {0, 0, 0, 0, 0, 1, 1, 1, 2};
        int[] predictions = {0, 0, 0, 0, 0, 2, 2, 2, 2};
        ConfusionMatrix matrix = ConfusionMatrix.of(predictions, labels, 3);
        assertEquals(3, matrix.counts()[1][2]);
        assertEquals(6 / 9.0, matrix.accuracy(), 1e-12);
        ObjectNode numbers = new ObjectMapper().createObjectNode();
        Figure figure = new ConfusionFigure().draw("zy", matrix, new FigureFiles(folder), numbers);
        assertEquals(5, numbers.path("counts").path(0).path(0).asInt());
        assertEquals(3, numbers.path("counts").path(1).path(2).asInt());
        BufferedImage image = ImageIO.read(folder.resolve(figure.images().get(0)).toFile());
        assertEquals(true, image.getWidth() > 0);
    }
}
