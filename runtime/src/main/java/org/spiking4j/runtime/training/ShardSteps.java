package org.spiking4j.runtime.training;

import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.protocol.SampleBatch;
import org.spiking4j.api.scaleout.ShardResult;

/**
 * A worker's part of a data-parallel round: the same batch step as {@link Trainer}'s (protocol
 * batch, simulation with plasticity, readout's predictions), for the batches the driver assigned,
 * each with its global random coordinate, so one worker with the whole epoch trains exactly as
 * {@code train} does.
 */
public final class ShardSteps {
    private final CircuitTraining components;

    public ShardSteps(CircuitTraining components) {
        this.components = components;
    }

    /**
     * @param sampleIndices the training images of the batches, batch after batch
     * @param coordinates   each batch's random coordinate (epoch · batches + global batch index)
     */
    public ShardResult train(int shard, Simulation simulation, SimulationState start, LabeledImages training,
            int[] sampleIndices, int[] coordinates, int batchSize) {
        simulation.importState(start);
        long correct = 0;
        for (int index = 0; index < coordinates.length; index++) {
            LabeledImages samples = EpochOrder.gather(training, sampleIndices, index * batchSize, batchSize);
            SampleBatch batch = components.protocol().trainingBatch(samples, components.context(), coordinates[index]);
            BatchResult result = simulation.run(batch.toBatch(true, coordinates[index]));
            if (components.readout() != null) {
                components.readout().observeTraining(result, samples.labels(), batchSize);
                correct += Predictions.countCorrect(components.readout().predict(result, batchSize), samples.labels());
            }
        }
        SimulationState end = simulation.exportState();
        return new ShardResult(shard, end.arrays(), end.scalars(), correct, (long) coordinates.length * batchSize);
    }
}
