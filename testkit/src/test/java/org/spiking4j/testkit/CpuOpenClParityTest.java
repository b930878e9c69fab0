package org.spiking4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.spiking4j.api.backend.KernelChoice;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.engine.cpu.CpuBackendProvider;
import org.spiking4j.engine.cpu.spi.CpuNeuronKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuOptimizerKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuRuleKernelFactory;
import org.spiking4j.engine.cpu.spi.CpuSignalKernelFactory;
import org.spiking4j.engine.gpu.OpenClBackendProvider;
import org.spiking4j.engine.gpu.OpenClTolerances;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernelFactory;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernelFactory;
import org.spiking4j.runtime.circuit.CircuitResolver;
import org.spiking4j.runtime.plugin.PluginLoader;
import org.spiking4j.runtime.plugin.PluginRegistry;
import org.spiking4j.testkit.backend.BackendRequirement;
import org.spiking4j.testkit.parity.BackendParity;
import org.spiking4j.testkit.parity.KernelPairs;
import org.spiking4j.testkit.parity.ParityBounds;
import org.spiking4j.testkit.parity.ParityCase;
import org.spiking4j.testkit.parity.ParityCases;
import org.spiking4j.testkit.parity.ParityCircuit;
import org.spiking4j.testkit.parity.ParityReport;

/**
 * CPU↔OpenCL parity: every OpenCL kernel has a CPU twin (and the number of pairs is the number of
 * OpenCL kernels), every pair is exercised by the parity circuits, and seeded random small circuits
 * of both protocols agree within {@link OpenClTolerances}.
 */
class CpuOpenClParityTest {
    private static final long PARITY_SEED = 20240721L;
    private static final int CASES = 8;
    private static final String NEURON = "neuron";
    private static final String SIGNAL = "signal";
    private static final String RULE = "rule";
    private static final String OPTIMIZER = "optimizer";
    private static final ParityBounds BOUNDS = new ParityBounds(OpenClTolerances.WEIGHT_ABSOLUTE,
            OpenClTolerances.SPIKE_DISAGREEMENT, OpenClTolerances.ACCURACY_ABSOLUTE);

    private static PluginRegistry registry;

    @BeforeAll
    static void loadPlugins() {
        registry = new PluginLoader(CpuOpenClParityTest.class.getClassLoader()).load(null);
    }

    @Test
    void everyOpenClKernelHasACpuTwinAndIsExercised() {
        Map<String, List<String>> openCl = new LinkedHashMap<>();
        openCl.put(NEURON, ids(OpenClNeuronKernelFactory.class, OpenClNeuronKernelFactory::modelId));
        openCl.put(SIGNAL, ids(OpenClSignalKernelFactory.class, OpenClSignalKernelFactory::modelId));
        openCl.put(RULE, ids(OpenClRuleKernelFactory.class, OpenClRuleKernelFactory::modelId));
        openCl.put(OPTIMIZER, ids(OpenClOptimizerKernelFactory.class, OpenClOptimizerKernelFactory::modelId));
        Map<String, List<String>> cpu = new LinkedHashMap<>();
        cpu.put(NEURON, ids(CpuNeuronKernelFactory.class, CpuNeuronKernelFactory::modelId));
        cpu.put(SIGNAL, ids(CpuSignalKernelFactory.class, CpuSignalKernelFactory::modelId));
        cpu.put(RULE, ids(CpuRuleKernelFactory.class, CpuRuleKernelFactory::modelId));
        cpu.put(OPTIMIZER, ids(CpuOptimizerKernelFactory.class, CpuOptimizerKernelFactory::modelId));

        KernelPairs.Result result = KernelPairs.pair(openCl, cpu);
        System.out.println("OpenCL kernels paired with CPU twins: " + result.pairs());
        assertTrue(result.unpaired().isEmpty(), "OpenCL kernels without a CPU twin: " + result.unpaired());
        assertTrue(result.candidateKernels() > 0, "the OpenCL plugin contributed no kernels");
        assertEquals(result.candidateKernels(), result.pairs().size(),
                "every OpenCL kernel must be checked against its CPU twin");

        Set<String> exercised = exercisedComponents();
        for (KernelPairs.Pair pair : result.pairs()) {
            assertTrue(exercised.contains(pair.kind() + ":" + pair.modelId()),
                    "no parity circuit exercises the " + pair.kind() + " kernel '" + pair.modelId() + "'");
        }
    }

    @TestFactory
    Stream<DynamicTest> randomCircuitsAgree() {
        OpenClBackendProvider openCl = new OpenClBackendProvider();
        BackendRequirement.requireAvailable(openCl, BackendRequirement.REQUIRE_OPENCL);
        BackendParity parity = new BackendParity(new CpuBackendProvider().create(registry),
                new SimulationOptions(2, KernelChoice.AUTO), openCl.create(registry),
                new SimulationOptions(1, KernelChoice.AUTO), registry);
        return ParityCases.random(PARITY_SEED, CASES).stream().map(parityCase ->
                DynamicTest.dynamicTest(parityCase.name(), () -> {
                    ParityReport report = parity.run(parityCase);
                    System.out.println(report.summary());
                    List<String> violations = report.violations(BOUNDS);
                    assertTrue(violations.isEmpty(), String.join("\n", violations));
                }));
    }

    private Set<String> exercisedComponents() {
        CircuitResolver resolver = new CircuitResolver(registry);
        Set<String> exercised = new TreeSet<>();
        for (ParityCase parityCase : ParityCases.random(PARITY_SEED, CASES)) {
            CircuitDescription circuit = resolver.resolve(ParityCircuit.of(parityCase));
            circuit.populations().values().forEach(spec -> exercised.add(NEURON + ":" + spec.model()));
            circuit.signals().values().forEach(spec -> exercised.add(SIGNAL + ":" + spec.model()));
            circuit.projections().values().forEach(spec -> {
                if (spec.rule() != null) {
                    exercised.add(RULE + ":" + spec.rule().model());
                }
            });
            exercised.add(OPTIMIZER + ":" + circuit.optimizer().model());
        }
        return exercised;
    }

    private static <F> List<String> ids(Class<F> type, Function<F, String> id) {
        return registry.kernels(type).stream().map(id).toList();
    }
}
