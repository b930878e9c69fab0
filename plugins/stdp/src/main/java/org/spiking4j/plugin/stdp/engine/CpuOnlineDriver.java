package org.spiking4j.plugin.stdp.engine;

/** The reference driver: the circuit's own step loop in the calling thread, state on the heap. */
record CpuOnlineDriver(OnlineCircuit circuit) implements OnlineDriver {

    @Override
    public void present(boolean learn, float[] counts, int countsOffset, StepObserver observer) {
        circuit.present(learn, counts, countsOffset, observer);
    }

    @Override
    public void download() {
        // The state lives in the circuit itself.
    }

    @Override
    public void upload() {
        // The state lives in the circuit itself.
    }

    @Override
    public void close() {
        // Nothing held outside the heap.
    }
}
