package org.spiking4j.api.protocol;

import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.data.LabeledImages;

/**
 * What a training sample and a test sample are: which rows a batch simulates, what is clamped onto
 * which population, whether there are extra rows (CSDP's negatives), how many steps and phases a
 * sample has and what comes between samples. The epoch loop, the readout, evaluation and checkpoints
 * are the runtime's and the same for every protocol.
 */
public interface TrainingProtocol extends ComponentDescriptor {

    /**
     * @param samples this batch's images and labels (a protocol that is unsupervised ignores the labels)
     * @param batchCoordinate a number unique to this batch in the run, for the random counter
     */
    SampleBatch trainingBatch(LabeledImages samples, ProtocolContext context, int batchCoordinate);

    /** The batch that presents these test samples; it runs without plasticity and must not use their labels. */
    SampleBatch testBatch(LabeledImages samples, ProtocolContext context);

    @Override
    default ComponentKind kind() {
        return ComponentKind.TRAINING_PROTOCOL;
    }
}
