package org.spiking4j.engine.cpu.kernel;

import java.util.List;
import org.spiking4j.engine.cpu.kernel.neuron.BernoulliKernel;
import org.spiking4j.engine.cpu.kernel.neuron.ClampKernel;
import org.spiking4j.engine.cpu.kernel.neuron.SlifKernel;
import org.spiking4j.engine.cpu.kernel.optimizer.AdamKernel;
import org.spiking4j.engine.cpu.kernel.optimizer.SgdKernel;
import org.spiking4j.engine.cpu.kernel.rule.CsdpKernel;
import org.spiking4j.engine.cpu.kernel.rule.HebbianErrorKernel;
import org.spiking4j.engine.cpu.kernel.signal.ErrorKernel;
import org.spiking4j.engine.cpu.kernel.signal.GoodnessKernel;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;

/** The CPU kernels of the built-in components: one registration per model id. */
public final class BuiltinCpuKernels {

    private BuiltinCpuKernels() {
    }

    public static List<Object> all() {
        return List.of(
                new CpuNeuronKernelFactory("bernoulli", BernoulliKernel::new),
                new CpuNeuronKernelFactory("clamp", (setup, population) -> new ClampKernel(population)),
                new CpuNeuronKernelFactory("slif", SlifKernel::new),
                new CpuSignalKernelFactory("goodness", GoodnessKernel::new),
                new CpuSignalKernelFactory("error", ErrorKernel::new),
                new CpuRuleKernelFactory("csdp", CsdpKernel::new),
                new CpuRuleKernelFactory("hebbian-error", HebbianErrorKernel::new),
                new CpuOptimizerKernelFactory("adam", AdamKernel::new),
                new CpuOptimizerKernelFactory("sgd", SgdKernel::new));
    }
}
