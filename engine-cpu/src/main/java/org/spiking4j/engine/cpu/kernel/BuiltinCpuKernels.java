package org.spiking4j.engine.cpu.kernel;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.spiking4j.engine.cpu.kernel.neuron.BernoulliKernel;
import org.spiking4j.engine.cpu.kernel.neuron.ClampKernel;
import org.spiking4j.engine.cpu.kernel.neuron.SlifKernel;
import org.spiking4j.engine.cpu.kernel.optimizer.AdamKernel;
import org.spiking4j.engine.cpu.kernel.optimizer.SgdKernel;
import org.spiking4j.engine.cpu.kernel.rule.CsdpKernel;
import org.spiking4j.engine.cpu.kernel.rule.HebbianErrorKernel;
import org.spiking4j.engine.cpu.kernel.signal.ErrorKernel;
import org.spiking4j.engine.cpu.kernel.signal.GoodnessKernel;
import org.spiking4j.engine.cpu.spi.CpuKernelSetup;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernel;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernel;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernel;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernel;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;
import org.spiking4j.engine.cpu.spi.PopulationBuffers;
import org.spiking4j.engine.cpu.spi.ProjectionBuffers;
import org.spiking4j.engine.cpu.spi.SignalBuffers;

/** The CPU kernels of the built-in components, one factory per model id. */
public final class BuiltinCpuKernels {

    private BuiltinCpuKernels() {
    }

    public static List<CpuNeuronKernelFactory> neurons() {
        return List.of(
                new Neuron("bernoulli", BernoulliKernel::new),
                new Neuron("clamp", (setup, population) -> new ClampKernel(population)),
                new Neuron("slif", SlifKernel::new));
    }

    public static List<CpuSignalKernelFactory> signals() {
        return List.of(new Signal("goodness", GoodnessKernel::new), new Signal("error", ErrorKernel::new));
    }

    public static List<CpuRuleKernelFactory> rules() {
        return List.of(new Rule("csdp", CsdpKernel::new), new Rule("hebbian-error", HebbianErrorKernel::new));
    }

    public static List<CpuOptimizerKernelFactory> optimizers() {
        return List.of(new Optimizer("adam", AdamKernel::new), new Optimizer("sgd", SgdKernel::new));
    }

    private record Neuron(String modelId, BiFunction<CpuKernelSetup, PopulationBuffers, CpuNeuronKernel> constructor)
            implements CpuNeuronKernelFactory {
        @Override
        public CpuNeuronKernel create(CpuKernelSetup setup, PopulationBuffers population) {
            return constructor.apply(setup, population);
        }
    }

    private record Signal(String modelId, BiFunction<CpuKernelSetup, SignalBuffers, CpuSignalKernel> constructor)
            implements CpuSignalKernelFactory {
        @Override
        public CpuSignalKernel create(CpuKernelSetup setup, SignalBuffers signal) {
            return constructor.apply(setup, signal);
        }
    }

    private record Rule(String modelId, BiFunction<CpuKernelSetup, ProjectionBuffers, CpuRuleKernel> constructor)
            implements CpuRuleKernelFactory {
        @Override
        public CpuRuleKernel create(CpuKernelSetup setup, ProjectionBuffers projection) {
            return constructor.apply(setup, projection);
        }
    }

    private record Optimizer(String modelId, Function<CpuKernelSetup, CpuOptimizerKernel> constructor)
            implements CpuOptimizerKernelFactory {
        @Override
        public CpuOptimizerKernel create(CpuKernelSetup setup) {
            return constructor.apply(setup);
        }
    }
}
