/**
 * What a plugin implements to run its component on the OpenCL engine, mirroring the CPU engine's
 * {@code spi}: a factory per kind ({@link org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory},
 * signal, rule, optimiser) whose {@code modelId()} equals the model id of its CPU twin, returned
 * from {@code Spiking4jPlugin.kernels(type)}. Kernels enqueue work on the device through
 * {@link org.spiking4j.engine.gpu.spi.OpenClKernelSetup#device()}: {@code allocate} for their own
 * buffers and {@code kernel(ProgramSource, name)} for OpenCL C 1.2 files shipped as resources
 * ({@code KernelSource.resource(MyPlugin.class, "/my/plugin/rule.cl")}); the engine prepends its
 * prelude (no contraction, {@code java_exp}, {@code java_max}) and {@code weight-constraints.cl} may
 * be included by listing it first. Keep the CPU twin's float32 operation order, and sum in a fixed
 * order without atomics, so that the parity suite in testkit can hold the kernel to its twin.
 */
package org.spiking4j.engine.gpu.spi;
