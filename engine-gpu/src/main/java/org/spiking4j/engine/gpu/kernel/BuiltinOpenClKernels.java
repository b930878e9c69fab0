package org.spiking4j.engine.gpu.kernel;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSignal;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** The OpenCL kernels of the built-in components, one factory per model id (each has a CPU twin). */
public final class BuiltinOpenClKernels {

    private BuiltinOpenClKernels() {
    }

    public static List<OpenClNeuronKernelFactory> neurons() {
        return List.of(new Neuron("bernoulli", OpenClBernoulliKernel::new),
                new Neuron("clamp", OpenClClampKernel::new),
                new Neuron("slif", OpenClSlifKernel::new));
    }

    public static List<OpenClSignalKernelFactory> signals() {
        return List.of(new Signal("goodness", OpenClGoodnessKernel::new), new Signal("error", OpenClErrorKernel::new));
    }

    public static List<OpenClRuleKernelFactory> rules() {
        return List.of(new Rule("csdp", OpenClCsdpKernel::new),
                new Rule("hebbian-error", OpenClHebbianErrorKernel::new));
    }

    public static List<OpenClOptimizerKernelFactory> optimizers() {
        return List.of(new Optimizer("adam", OpenClAdamKernel::new), new Optimizer("sgd", OpenClSgdKernel::new));
    }

    private record Neuron(String modelId,
            BiFunction<OpenClKernelSetup, DevicePopulation, OpenClNeuronKernel> constructor)
            implements OpenClNeuronKernelFactory {
        @Override
        public OpenClNeuronKernel create(OpenClKernelSetup setup, DevicePopulation population) {
            return constructor.apply(setup, population);
        }
    }

    private record Signal(String modelId, BiFunction<OpenClKernelSetup, DeviceSignal, OpenClSignalKernel> constructor)
            implements OpenClSignalKernelFactory {
        @Override
        public OpenClSignalKernel create(OpenClKernelSetup setup, DeviceSignal signal) {
            return constructor.apply(setup, signal);
        }
    }

    private record Rule(String modelId,
            BiFunction<OpenClKernelSetup, DeviceProjection, OpenClRuleKernel> constructor)
            implements OpenClRuleKernelFactory {
        @Override
        public OpenClRuleKernel create(OpenClKernelSetup setup, DeviceProjection projection) {
            return constructor.apply(setup, projection);
        }
    }

    private record Optimizer(String modelId, Function<OpenClKernelSetup, OpenClOptimizerKernel> constructor)
            implements OpenClOptimizerKernelFactory {
        @Override
        public OpenClOptimizerKernel create(OpenClKernelSetup setup) {
            return constructor.apply(setup);
        }
    }
}
