package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.spiking4j.report.record.CircuitRecording;

/** Figure 5: the first test images (top row) above the reconstruction population's estimate of them. */
public final class ReconstructionFigure {
    static final int NUMBER = 5;
    static final String TITLE = "Reconstructions";

    public Figure draw(CircuitRecording recording, String reconstructionPopulation, FigureFiles files,
            ObjectNode numbers) {
        if (reconstructionPopulation == null) {
            return Figure.omitted(NUMBER, TITLE, "The circuit has no reconstruction population.");
        }
        List<float[]> inputs = recording.reconstructionInputs();
        if (inputs.isEmpty()) {
            return Figure.omitted(NUMBER, TITLE, "The test set is empty.");
        }
        int side = TileGrid.side(inputs.get(0).length);
        if (side == 0 || recording.reconstructions().get(0).length != inputs.get(0).length) {
            return Figure.omitted(NUMBER, TITLE, "The input is not a square image of the reconstruction's size.");
        }
        List<float[]> tiles = new ArrayList<>(inputs);
        tiles.addAll(recording.reconstructions());
        ArrayNode errors = numbers.put("population", reconstructionPopulation).putArray("squared_error_per_image");
        double total = 0;
        for (int image = 0; image < inputs.size(); image++) {
            double sum = 0;
            float[] input = inputs.get(image);
            float[] estimate = recording.reconstructions().get(image);
            for (int pixel = 0; pixel < input.length; pixel++) {
                double difference = estimate[pixel] - input[pixel];
                sum += difference * difference;
            }
            errors.add(sum);
            total += sum;
        }
        numbers.put("test_reconstruction_mse", recording.evaluation().reconstructionMse());
        String caption = String.format("Top: the first %d test images; bottom: %s's estimate (trace summed over the "
                + "steps / (T+1)), intensities 0–1 unscaled. Squared error of these images %.2f on average; over the "
                + "whole test set %.2f.", inputs.size(), reconstructionPopulation, total / inputs.size(),
                recording.evaluation().reconstructionMse());
        return Figure.drawn(NUMBER, TITLE, caption,
                files.image(TileGrid.render(tiles, side, inputs.size()), "reconstructions"));
    }
}
