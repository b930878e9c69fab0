package org.spiking4j.api.protocol;

import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledImages;
import org.spiking4j.api.random.CounterRandom;

/**
 * How positives become a simulated training batch (which negatives, which label context). The
 * epoch loop, evaluation and checkpoints are the runtime's and the same for every protocol.
 */
public interface TrainingProtocol extends ComponentDescriptor {

    /**
     * @param positives this batch's images and labels
     * @param negatives the {@link org.spiking4j.api.random.RandomStream#NEGATIVES} stream
     * @param batchCoordinate a number unique to this batch in the run, for the random counter
     */
    SimulatedBatch trainingBatch(LabeledImages positives, ProtocolSpec spec, CounterRandom negatives, int batchCoordinate);

    @Override
    default ComponentKind kind() {
        return ComponentKind.TRAINING_PROTOCOL;
    }
}
