package org.spiking4j.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.spiking4j.runtime.training.StopSignal;

/**
 * On SIGINT/SIGTERM, asks a running training to stop at the next batch boundary with a checkpoint,
 * waits for it, and prints the one stop message. It waits only while training runs: a signal before
 * the first batch or after the last ends the process at once. Removed when training ends, so an
 * error exit never runs it.
 */
final class SignalStopHook implements AutoCloseable {
    /** A paper-scale batch plus its checkpoint takes seconds; this only bounds a stuck backend. */
    private static final long SECONDS_TO_FINISH_CHECKPOINT = 300;

    private final StopSignal stop;
    private final CheckpointCounter checkpoints;
    private final Path folder;
    private final PrintWriter err;
    private final Thread thread;

    SignalStopHook(StopSignal stop, CheckpointCounter checkpoints, Path folder, PrintWriter err) {
        this.stop = stop;
        this.checkpoints = checkpoints;
        this.folder = folder;
        this.err = err;
        this.thread = new Thread(this::stopTraining, "spiking4j-checkpoint-on-signal");
        Runtime.getRuntime().addShutdownHook(thread);
    }

    private void stopTraining() {
        if (!stop.isStarted()) {
            err.println("Stopped by a signal before training started; the model directory " + folder
                    + " is as it was.");
        } else if (!stop.isAcknowledged()) {
            long before = checkpoints.written();
            stop.request();
            boolean stopped = stop.awaitAcknowledgement(SECONDS_TO_FINISH_CHECKPOINT, TimeUnit.SECONDS);
            if (stopped && checkpoints.written() > before) {
                err.println("Stopped by a signal; checkpoint written. Continue with: ./spiking4j train --resume "
                        + folder);
            } else {
                err.println("Stopped by a signal before a new checkpoint could be written; the last complete one in "
                        + folder + " stands (continue with: ./spiking4j train --resume " + folder + ").");
            }
        }
        err.flush();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting because of a signal; the hook is running and prints the message.
        }
    }
}
