package org.spiking4j.report.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.Backend;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.report.record.CircuitRecording.HiddenPopulation;
import org.spiking4j.report.record.SpikeRaster.PopulationSpikes;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.BatchListener;
import org.spiking4j.runtime.training.CircuitTraining;
import org.spiking4j.runtime.training.EvaluationResult;
import org.spiking4j.runtime.training.Evaluator;

/**
 * Runs a trained model over the test set on a backend and keeps the rate codes, rasters and
 * reconstructions the figures need. This is the report's only contact with the engine contract
 * (Backend, Simulation, Batch, StepObserver) and the evaluator.
 */
public final class CircuitRecorder implements TestSetRecorder {
    private final PluginRegistry registry;
    private final Backend backend;
    private final SimulationOptions options;

    public CircuitRecorder(PluginRegistry registry, Backend backend, SimulationOptions options) {
        this.registry = registry;
        this.backend = backend;
        this.options = options;
    }

    /**
     * @param samples images whose rate codes are kept (the first ones of the test set)
     * @param rasterImages images whose every spike is kept
     * @param reconstructionImages images whose reconstruction is kept
     */
    @Override
    public int progressSteps(Checkpoint checkpoint, LabeledImages test) {
        int batchSize = checkpoint.circuit().protocol().effectiveTestBatchSize();
        return (test.count() + batchSize - 1) / batchSize;
    }

    @Override
    public CircuitRecording record(Checkpoint checkpoint, LabeledImages test, int samples, int rasterImages,
            int reconstructionImages, BatchListener listener) {
        CircuitDescription circuit = checkpoint.circuit();
        List<HiddenPopulation> hidden = hiddenPopulations(circuit);
        int units = hidden.isEmpty() ? 0 : hidden.get(hidden.size() - 1).offset() + hidden.get(hidden.size() - 1).size();
        Recorder recorder = new Recorder(circuit, test, hidden, new double[samples][units],
                Math.min(rasterImages, test.count()), Math.min(reconstructionImages, test.count()));
        EvaluationResult evaluation;
        try (Simulation simulation = backend.compile(circuit, options)) {
            simulation.importState(checkpoint.state());
            CircuitTraining training = CircuitTraining.of(registry, circuit);
            training.restoreReadout(checkpoint.state());
            evaluation = new Evaluator(training).evaluate(new RecordingSimulation(simulation, recorder), test,
                    circuit.protocol().effectiveTestBatchSize(), listener);
        }
        int steps = circuit.time().steps();
        for (double[] row : recorder.rateCodes) {
            for (int unit = 0; unit < row.length; unit++) {
                row[unit] /= steps;
            }
        }
        return new CircuitRecording(evaluation, hidden, recorder.rateCodes,
                Arrays.copyOf(test.labels(), samples), recorder.rasters(), recorder.reconstructionInputs,
                recorder.reconstructions);
    }

    private static List<HiddenPopulation> hiddenPopulations(CircuitDescription circuit) {
        List<HiddenPopulation> hidden = new ArrayList<>();
        int offset = 0;
        for (var entry : circuit.populations().entrySet()) {
            if (entry.getValue().effectiveRole() == PopulationRole.HIDDEN) {
                hidden.add(new HiddenPopulation(entry.getKey(), entry.getValue().size(), offset));
                offset += entry.getValue().size();
            }
        }
        return hidden;
    }

    /** Accumulates per-step spikes into rate codes and rasters, and keeps reconstructions. */
    private static final class Recorder implements RecordingSimulation.BatchRecorder {
        private final CircuitDescription circuit;
        private final LabeledImages test;
        private final Map<String, Integer> hiddenOffsets = new LinkedHashMap<>();
        private final double[][] rateCodes;
        private final int rasterImages;
        private final int reconstructionImages;
        private final List<Map<String, List<int[]>>> rasterEvents = new ArrayList<>();
        private final List<float[]> reconstructionInputs = new ArrayList<>();
        private final List<float[]> reconstructions = new ArrayList<>();
        private final String reconstruction;
        private int nextRow;

        Recorder(CircuitDescription circuit, LabeledImages test, List<HiddenPopulation> hidden, double[][] rateCodes,
                int rasterImages, int reconstructionImages) {
            this.circuit = circuit;
            this.test = test;
            this.rateCodes = rateCodes;
            this.rasterImages = rasterImages;
            this.reconstruction = circuit.populationWithRole(PopulationRole.RECONSTRUCTION);
            this.reconstructionImages = reconstruction == null ? 0 : reconstructionImages;
            hidden.forEach(population -> hiddenOffsets.put(population.name(), population.offset()));
            for (int image = 0; image < rasterImages; image++) {
                Map<String, List<int[]>> events = new LinkedHashMap<>();
                circuit.populations().keySet().forEach(name -> events.put(name, new ArrayList<>()));
                rasterEvents.add(events);
            }
        }

        @Override
        public StepObserver observerFor(int batchIndex) {
            int firstRow = nextRow;
            if (firstRow >= rateCodes.length && firstRow >= rasterImages) {
                return null;
            }
            return (step, population, spikes, rows, size) -> {
                Integer offset = hiddenOffsets.get(population);
                if (offset != null) {
                    int recordedRows = Math.min(rows, rateCodes.length - firstRow);
                    for (int row = 0; row < recordedRows; row++) {
                        double[] code = rateCodes[firstRow + row];
                        for (int unit = 0; unit < size; unit++) {
                            code[offset + unit] += spikes[row * size + unit];
                        }
                    }
                }
                int rasterRows = Math.min(rows, rasterImages - firstRow);
                for (int row = 0; row < rasterRows; row++) {
                    List<int[]> events = rasterEvents.get(firstRow + row).get(population);
                    for (int unit = 0; unit < size; unit++) {
                        if (spikes[row * size + unit] != 0) {
                            events.add(new int[] {step, unit});
                        }
                    }
                }
            };
        }

        @Override
        public void batchDone(int batchIndex, int rows, BatchResult result) {
            int kept = Math.min(rows, reconstructionImages - nextRow);
            if (kept > 0) {
                int size = circuit.population(reconstruction).size();
                float[] traceSums = result.reconstructionTraceSums().get(reconstruction);
                int steps = circuit.time().steps();
                for (int row = 0; row < kept; row++) {
                    float[] estimate = new float[size];
                    for (int pixel = 0; pixel < size; pixel++) {
                        estimate[pixel] = (float) (traceSums[row * size + pixel] / (steps + 1.0));
                    }
                    reconstructions.add(estimate);
                    int image = nextRow + row;
                    reconstructionInputs.add(Arrays.copyOfRange(test.pixels(), image * test.features(),
                            (image + 1) * test.features()));
                }
            }
            nextRow += rows;
        }

        List<SpikeRaster> rasters() {
            List<SpikeRaster> rasters = new ArrayList<>();
            for (int image = 0; image < rasterEvents.size(); image++) {
                Map<String, PopulationSpikes> populations = new LinkedHashMap<>();
                rasterEvents.get(image).forEach((name, events) -> {
                    int[] steps = new int[events.size()];
                    int[] units = new int[events.size()];
                    for (int index = 0; index < events.size(); index++) {
                        steps[index] = events.get(index)[0];
                        units[index] = events.get(index)[1];
                    }
                    populations.put(name, new PopulationSpikes(circuit.population(name).size(), steps, units));
                });
                rasters.add(new SpikeRaster(image, test.labels()[image], circuit.time().steps(), populations));
            }
            return rasters;
        }
    }
}
