package org.spiking4j.engine.gpu.kernel;

import java.util.List;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;

/** The OpenCL kernels of the built-in components: one registration per model id, each with a CPU twin. */
public final class BuiltinOpenClKernels {

    private BuiltinOpenClKernels() {
    }

    public static List<Object> all() {
        return List.of(
                new OpenClNeuronKernelFactory("bernoulli", OpenClBernoulliKernel::new),
                new OpenClNeuronKernelFactory("clamp", OpenClClampKernel::new),
                new OpenClNeuronKernelFactory("slif", OpenClSlifKernel::new),
                new OpenClSignalKernelFactory("goodness", OpenClGoodnessKernel::new),
                new OpenClSignalKernelFactory("error", OpenClErrorKernel::new),
                new OpenClRuleKernelFactory("csdp", OpenClCsdpKernel::new),
                new OpenClRuleKernelFactory("hebbian-error", OpenClHebbianErrorKernel::new),
                new OpenClOptimizerKernelFactory("adam", OpenClAdamKernel::new),
                new OpenClOptimizerKernelFactory("sgd", OpenClSgdKernel::new));
    }
}
