package org.spiking4j.report.figure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.ProjectionSpec;

/**
 * Figure 2: the first projection from the input onto the first hidden population, each hidden
 * unit's incoming weights as a square tile (scaled to its own range: black its smallest weight,
 * white its largest), for the first {@link #UNITS} units.
 */
public final class ReceptiveFieldsFigure {
    static final int NUMBER = 2;
    static final String TITLE = "Receptive fields";
    static final int UNITS = 100;
    private static final int COLUMNS = 10;

    public Figure draw(CircuitDescription circuit, Map<String, float[]> weights, FigureFiles files, ObjectNode numbers) {
        String input = circuit.populationWithRole(PopulationRole.INPUT);
        String projectionName = null;
        ProjectionSpec projection = null;
        for (var entry : circuit.projections().entrySet()) {
            ProjectionSpec spec = entry.getValue();
            if (spec.from().equals(input) && circuit.population(spec.to()).effectiveRole() == PopulationRole.HIDDEN) {
                projectionName = entry.getKey();
                projection = spec;
                break;
            }
        }
        if (projection == null) {
            return Figure.omitted(NUMBER, TITLE, "No projection runs from the input population to a hidden one, so "
                    + "there are no receptive fields to draw.");
        }
        int pre = circuit.population(input).size();
        int post = circuit.population(projection.to()).size();
        int side = TileGrid.side(pre);
        if (side == 0) {
            return Figure.omitted(NUMBER, TITLE, "The input has " + pre + " units, not a square image, so its "
                    + "weights cannot be drawn as image tiles.");
        }
        float[] matrix = weights.get(projectionName);
        int shown = Math.min(UNITS, post);
        List<float[]> tiles = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (int unit = 0; unit < shown; unit++) {
            float[] tile = new float[pre];
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            for (int pixel = 0; pixel < pre; pixel++) {
                tile[pixel] = matrix[pixel * post + unit];
                low = Math.min(low, tile[pixel]);
                high = Math.max(high, tile[pixel]);
            }
            float range = high > low ? high - low : 1f;
            for (int pixel = 0; pixel < pre; pixel++) {
                tile[pixel] = (tile[pixel] - low) / range;
            }
            smallest = Math.min(smallest, low);
            largest = Math.max(largest, high);
            tiles.add(tile);
        }
        numbers.put("projection", projectionName).put("from", input).put("to", projection.to())
                .put("units_shown", shown).put("smallest_weight", smallest).put("largest_weight", largest);
        String caption = String.format("Projection %s (%s → %s): the incoming weights of hidden units 0–%d of %d, "
                + "each tile %d×%d scaled to its own range (weights from %.4f to %.4f).", projectionName, input,
                projection.to(), shown - 1, post, side, side, smallest, largest);
        return Figure.drawn(NUMBER, TITLE, caption,
                files.image(TileGrid.render(tiles, side, Math.min(COLUMNS, shown)), "receptive-fields"));
    }
}
