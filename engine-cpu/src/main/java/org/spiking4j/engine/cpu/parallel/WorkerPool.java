package org.spiking4j.engine.cpu.parallel;

import java.util.concurrent.Phaser;

/**
 * A fixed set of threads that split index ranges into contiguous chunks. The split only decides
 * who computes an element, never how, so results do not depend on the thread count. Waiting uses
 * phasers, so a parallel region allocates nothing.
 */
public final class WorkerPool implements AutoCloseable {
    private final int threads;
    private final Thread[] workers;
    private final Phaser start;
    private final Phaser done;
    private volatile RangeTask task;
    private volatile int count;
    private volatile boolean closed;
    private volatile Throwable failure;

    public WorkerPool(int threads) {
        this.threads = Math.max(1, threads);
        this.start = new Phaser(this.threads);
        this.done = new Phaser(this.threads);
        this.workers = new Thread[this.threads - 1];
        for (int w = 1; w < this.threads; w++) {
            int worker = w;
            Thread thread = new Thread(() -> workLoop(worker), "spiking4j-cpu-" + w);
            thread.setDaemon(true);
            workers[w - 1] = thread;
            thread.start();
        }
    }

    public int threads() {
        return threads;
    }

    /** Runs the task over [0, count) on all workers and returns when every chunk is done. */
    public void forEach(int total, RangeTask work) {
        if (threads == 1 || total < threads) {
            work.run(0, total, 0);
            return;
        }
        this.task = work;
        this.count = total;
        this.failure = null;
        start.arriveAndAwaitAdvance();
        try {
            runChunk(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        done.arriveAndAwaitAdvance();
        Throwable problem = failure;
        if (problem instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (problem instanceof Error error) {
            throw error;
        }
    }

    private void runChunk(int worker) {
        int total = count;
        int from = (int) ((long) total * worker / threads);
        int to = (int) ((long) total * (worker + 1) / threads);
        if (from < to) {
            task.run(from, to, worker);
        }
    }

    private void workLoop(int worker) {
        while (true) {
            start.arriveAndAwaitAdvance();
            if (closed) {
                return;
            }
            try {
                runChunk(worker);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            done.arriveAndAwaitAdvance();
        }
    }

    @Override
    public void close() {
        if (closed || threads == 1) {
            closed = true;
            return;
        }
        closed = true;
        start.arriveAndAwaitAdvance();
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
