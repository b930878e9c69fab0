package org.spiking4j.report.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.OnlineProtocol;
import org.spiking4j.report.record.CircuitRecording.HiddenPopulation;
import org.spiking4j.report.record.SpikeRaster.PopulationSpikes;
import org.spiking4j.runtime.model.Checkpoint;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.runtime.training.Accuracy;
import org.spiking4j.runtime.training.BatchListener;
import org.spiking4j.runtime.training.EvaluationResult;
import org.spiking4j.runtime.training.OnlineEvaluation;
import org.spiking4j.runtime.training.TrainedOnlineModel;

/**
 * The report's recorder for a model of an online protocol (Diehl &amp; Cook): the test set through the
 * protocol's own driver with learning off, as {@code evaluate} runs it (so the accuracy is
 * {@code train}'s), the readout population's spike counts as rate codes, and the rasters of the first
 * images presented once more with the same input draws, every population's spikes kept.
 */
public final class OnlineRecorder implements TestSetRecorder {
    private final PluginRegistry registry;
    private final OnlineProtocol protocol;

    public OnlineRecorder(PluginRegistry registry, OnlineProtocol protocol) {
        this.registry = registry;
        this.protocol = protocol;
    }

    @Override
    public int progressSteps(Checkpoint checkpoint, LabeledImages test) {
        return test.count();
    }

    @Override
    public CircuitRecording record(Checkpoint checkpoint, LabeledImages test, int samples, int rasterImages,
            int reconstructionImages, BatchListener listener) {
        long began = System.nanoTime();
        try (TrainedOnlineModel model = TrainedOnlineModel.open(registry, protocol, checkpoint)) {
            float[] counts = OnlineEvaluation.testCounts(model, test, listener::batchDone);
            String readout = model.readoutSpec().population();
            int units = model.session().readoutUnits();
            int[] predictions = model.readout().predict(new BatchResult(Map.of(readout, counts), Map.of(), Map.of()),
                    test.count());
            double accuracy = test.count() == 0 ? Double.NaN : Accuracy.of(predictions, test);
            int steps = model.session().stepsPerSample();
            double[][] rateCodes = new double[Math.min(samples, test.count())][units];
            int[] sampleLabels = new int[rateCodes.length];
            double total = 0;
            for (int image = 0; image < test.count(); image++) {
                for (int unit = 0; unit < units; unit++) {
                    float count = counts[image * units + unit];
                    total += count;
                    if (image < rateCodes.length) {
                        rateCodes[image][unit] = count / steps;
                    }
                }
                if (image < rateCodes.length) {
                    sampleLabels[image] = test.labels()[image];
                }
            }
            Map<String, Double> spikesPerStep = Map.of(readout, test.count() == 0 ? 0 : total / ((double) test.count()
                    * steps * units));
            EvaluationResult evaluation = new EvaluationResult(accuracy, Double.NaN, spikesPerStep, predictions,
                    (System.nanoTime() - began) / 1e9);
            List<SpikeRaster> rasters = rasters(model, checkpoint.circuit(), test, Math.min(rasterImages, test.count()));
            return new CircuitRecording(evaluation, List.of(new HiddenPopulation(readout, units, 0)), rateCodes,
                    sampleLabels, rasters, List.of(), List.of());
        }
    }

    private static List<SpikeRaster> rasters(TrainedOnlineModel model, CircuitDescription circuit, LabeledImages test,
            int images) {
        List<SpikeRaster> rasters = new ArrayList<>();
        int steps = model.session().stepsPerSample();
        for (int image = 0; image < images; image++) {
            Map<String, List<int[]>> events = new LinkedHashMap<>();
            circuit.populations().keySet().forEach(name -> events.put(name, new ArrayList<>()));
            model.session().presentObserved(test, image, OnlineEvaluation.testStream(model),
                    (step, population, units, count) -> {
                        List<int[]> list = events.get(population);
                        for (int index = 0; index < count; index++) {
                            list.add(new int[] {step, units[index]});
                        }
                    });
            Map<String, PopulationSpikes> populations = new LinkedHashMap<>();
            events.forEach((name, list) -> {
                int[] spikeSteps = new int[list.size()];
                int[] spikeUnits = new int[list.size()];
                for (int index = 0; index < list.size(); index++) {
                    spikeSteps[index] = list.get(index)[0];
                    spikeUnits[index] = list.get(index)[1];
                }
                populations.put(name, new PopulationSpikes(circuit.population(name).size(), spikeSteps, spikeUnits));
            });
            rasters.add(new SpikeRaster(image, test.labels()[image], steps, populations));
        }
        return rasters;
    }
}
