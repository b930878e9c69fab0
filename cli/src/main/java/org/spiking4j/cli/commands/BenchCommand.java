package org.spiking4j.cli.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Throughput of a circuit with event-driven and dense kernels (filled in by the performance work). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure training and test throughput.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
