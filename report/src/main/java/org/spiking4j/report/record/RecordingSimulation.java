package org.spiking4j.report.record;

import java.util.Map;
import org.spiking4j.api.backend.Batch;
import org.spiking4j.api.backend.BatchResult;
import org.spiking4j.api.backend.Simulation;
import org.spiking4j.api.backend.SimulationState;
import org.spiking4j.api.backend.StepObserver;
import org.spiking4j.api.circuit.CircuitDescription;

/**
 * A simulation that hands every batch a step observer and keeps what the batch left behind, so the
 * project's own {@link org.spiking4j.runtime.training.Evaluator} drives the test set exactly as
 * {@code evaluate} does while the report sees the spikes.
 */
final class RecordingSimulation implements Simulation {
    /** Told the batch index and the first test row before a batch runs, and its result after. */
    interface BatchRecorder {
        StepObserver observerFor(int batchIndex);

        void batchDone(int batchIndex, int rows, BatchResult result);
    }

    private final Simulation delegate;
    private final BatchRecorder recorder;
    private int batchIndex;

    RecordingSimulation(Simulation delegate, BatchRecorder recorder) {
        this.delegate = delegate;
        this.recorder = recorder;
    }

    @Override
    public CircuitDescription circuit() {
        return delegate.circuit();
    }

    @Override
    public BatchResult run(Batch batch) {
        StepObserver observer = recorder.observerFor(batchIndex);
        BatchResult result = delegate.run(batch.withObserver(observer));
        recorder.batchDone(batchIndex, batch.rows(), result);
        batchIndex++;
        return result;
    }

    @Override
    public Map<String, float[]> weights() {
        return delegate.weights();
    }

    @Override
    public SimulationState exportState() {
        return delegate.exportState();
    }

    @Override
    public void importState(SimulationState state) {
        delegate.importState(state);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
