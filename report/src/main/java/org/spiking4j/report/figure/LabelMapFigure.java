package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ReadoutSpec;
import org.spiking4j.api.engine.StateNames;

/**
 * Figure 8: a label-assignment readout's class per neuron (Diehl &amp; Cook), as a coloured map laid
 * out like the receptive-field grid. Drawn for any model whose protocol's readout names a population
 * and whose checkpoint holds the readout's {@code readout/assignment} array (one class per unit of it,
 * as the label-assignment readout saves it).
 */
public final class LabelMapFigure {
    static final int NUMBER = 8;
    static final String TITLE = "Assigned labels";
    static final String ASSIGNMENT_KEY = StateNames.READOUT_PREFIX + "assignment";
    private static final int CELL = 28;
    private static final int COLUMNS = 10;

    public Figure draw(CircuitDescription circuit, Map<String, float[]> stateArrays, FigureFiles files,
            ObjectNode numbers) {
        ReadoutSpec readout = circuit.protocol() == null ? null : circuit.protocol().readout();
        float[] assignments = stateArrays.get(ASSIGNMENT_KEY);
        if (readout != null && readout.population() != null && assignments != null
                && circuit.populations().containsKey(readout.population())
                && assignments.length == circuit.population(readout.population()).size()) {
            return drawMap(readout.population(), assignments, files, numbers);
        }
        return Figure.omitted(NUMBER, TITLE, "The model has no label-assignment readout (a Diehl & Cook circuit's "
                + "per-neuron labels); its class comes from the classifier population's spike counts.");
    }

    private static Figure drawMap(String population, float[] assignments, FigureFiles files, ObjectNode numbers) {
        int shown = Math.min(ReceptiveFieldsFigure.UNITS, assignments.length);
        int rows = (shown + COLUMNS - 1) / COLUMNS;
        BufferedImage image = new BufferedImage(COLUMNS * CELL, rows * CELL, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, CELL / 2));
        ArrayNode labels = numbers.put("population", population).putArray("assignments");
        for (int unit = 0; unit < shown; unit++) {
            int label = Math.round(assignments[unit]);
            labels.add(label);
            int x = (unit % COLUMNS) * CELL;
            int y = (unit / COLUMNS) * CELL;
            graphics.setColor(Charts.classColour(Math.max(0, label)));
            graphics.fillRect(x + 1, y + 1, CELL - 2, CELL - 2);
            graphics.setColor(Color.WHITE);
            graphics.drawString(Integer.toString(label), x + CELL / 3, y + 2 * CELL / 3);
        }
        graphics.dispose();
        return Figure.drawn(NUMBER, TITLE, "The class assigned to each of the first " + shown + " neurons of "
                + population + ", in the receptive-field grid's order.", files.image(image, "label-map"));
    }
}
