package org.spiking4j.api.engine;

/**
 * What every engine's kernel registrations have in common: the model id of the component they
 * run. Each engine's {@code spi} has one registration record per kind (neuron, signal, rule,
 * optimiser), e.g. {@code new CpuRuleKernelFactory("csdp", CsdpKernel::new)}.
 */
public interface KernelFactory {

    String modelId();
}
