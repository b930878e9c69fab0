package org.spiking4j.cli.commands;

import java.util.concurrent.atomic.AtomicLong;
import org.spiking4j.runtime.model.EpochMetrics;
import org.spiking4j.runtime.training.TrainingListener;

/** Passes every event on, and counts the checkpoints written, so a stop message can say whether one was. */
final class CheckpointCounter implements TrainingListener {
    private final TrainingListener next;
    private final AtomicLong written = new AtomicLong();

    CheckpointCounter(TrainingListener next) {
        this.next = next;
    }

    long written() {
        return written.get();
    }

    @Override
    public void epochStarted(int epoch, int epochs, int firstBatch, int batches) {
        next.epochStarted(epoch, epochs, firstBatch, batches);
    }

    @Override
    public void batchDone(int epoch, int batch, int batches, double trainAccuracy) {
        next.batchDone(epoch, batch, batches, trainAccuracy);
    }

    @Override
    public void evaluationStarted(int epoch, int batches) {
        next.evaluationStarted(epoch, batches);
    }

    @Override
    public void evaluationBatchDone(int done, int batches) {
        next.evaluationBatchDone(done, batches);
    }

    @Override
    public void epochDone(EpochMetrics metrics) {
        next.epochDone(metrics);
    }

    @Override
    public void checkpointWritten(int epoch, int batch) {
        written.incrementAndGet();
        next.checkpointWritten(epoch, batch);
    }
}
