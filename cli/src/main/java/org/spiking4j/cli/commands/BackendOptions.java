package org.spiking4j.cli.commands;

import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.BackendSpec;
import picocli.CommandLine.Option;

/** Which backend runs the circuit and how; the command line wins over the circuit's backend section. */
public final class BackendOptions {
    @Option(names = "--backend", description = "cpu, opencl or auto (default: the circuit's, else auto).")
    String backend;

    @Option(names = "--threads", description = "CPU worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--kernels", description = "Forward kernels: auto, event or dense (results are identical).")
    String kernels;

    String backendId(BackendSpec fromCircuit) {
        if (backend != null) {
            return backend;
        }
        return fromCircuit == null ? BackendSpec.AUTO : fromCircuit.effectiveId();
    }

    SimulationOptions simulationOptions(BackendSpec fromCircuit) {
        if (threads != null && threads < 0) {
            throw new org.spiking4j.api.Spiking4jException("--threads must be 0 (all cores) or more, found "
                    + threads + ".");
        }
        int threadCount = threads != null ? threads
                : fromCircuit != null && fromCircuit.threads() != null ? fromCircuit.threads() : 0;
        String kernelChoice = kernels != null ? kernels
                : fromCircuit == null ? BackendSpec.AUTO : fromCircuit.effectiveKernels();
        return new SimulationOptions(threadCount, KernelChoice.parse(kernelChoice));
    }
}
