package org.spiking4j.engine.cpu.spi;

import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.plan.CircuitPlan;

/**
 * What a CPU kernel gets when it is created: the circuit's plan (every parameter resolved, the batch
 * capacity), the batch context, and the number of workers (for per-worker scratch).
 */
public record CpuKernelSetup(CircuitPlan plan, BatchContext batch, int workers) {
}
