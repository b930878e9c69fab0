package org.spiking4j.engine.gpu.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.StepSchedule;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.random.CounterRandom;
import org.spiking4j.api.random.RandomStream;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceCandidate;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSignal;
import org.spiking4j.engine.gpu.spi.OpenClBatchContext;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClNeuronKernel;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/**
 * Turns a resolved circuit into an {@link OpenClSimulation}: opens the device, allocates every
 * buffer once, builds the kernels, orders the populations, and draws the initial weights on the
 * host exactly as the CPU engine does (U(−1, 1) from WEIGHT_INIT at counter (index / 4, 0, 0, hash
 * of the projection name)) before uploading them, so both engines start from identical weights.
 */
public final class OpenClCircuitCompiler {
    private final OpenClKernelCatalog catalog;
    private final DeviceCandidate candidate;
    private final ResourceLedger ledger;

    public OpenClCircuitCompiler(OpenClKernelCatalog catalog, DeviceCandidate candidate, ResourceLedger ledger) {
        this.catalog = catalog;
        this.candidate = candidate;
        this.ledger = ledger;
    }

    public OpenClSimulation compile(CircuitDescription circuit, SimulationOptions options) {
        catalog.requireAll(circuit);
        OpenClDevice device = OpenClDevice.open(candidate, ledger);
        try {
            return compileOn(device, circuit, options);
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    private OpenClSimulation compileOn(OpenClDevice device, CircuitDescription circuit, SimulationOptions options) {
        int capacityRows = capacityRows(circuit.protocol());
        OpenClBatchContext batch = new OpenClBatchContext(
                device.allocate("contrast", (long) capacityRows * Float.BYTES));
        OpenClKernelSetup setup = new OpenClKernelSetup(circuit, batch, capacityRows, device);
        Set<String> plasticSources = plasticSources(circuit);
        Set<String> encoders = encoders(circuit);

        Map<String, DevicePopulation> buffers = new LinkedHashMap<>();
        circuit.populations().forEach((name, spec) -> {
            float decay = spec.trace() == null ? Float.NaN
                    : 1f - (float) circuit.time().dt() / (float) spec.trace().tau();
            buffers.put(name, new DevicePopulation(device, name, spec, capacityRows, decay, encoders.contains(name),
                    plasticSources.contains(name)));
        });

        Map<String, DeviceSignal> signals = new LinkedHashMap<>();
        List<CompiledDeviceCircuit.Signal> signalKernels = new ArrayList<>();
        for (Map.Entry<String, SignalSpec> entry : circuit.signals().entrySet()) {
            SignalSpec spec = entry.getValue();
            DevicePopulation population = buffers.get(spec.population());
            DeviceSignal signal = new DeviceSignal(entry.getKey(), spec, population,
                    spec.target() == null ? null : buffers.get(spec.target()),
                    device.allocate(entry.getKey() + " values",
                            (long) capacityRows * population.size() * Float.BYTES));
            signals.put(entry.getKey(), signal);
            signalKernels.add(new CompiledDeviceCircuit.Signal(entry.getKey(),
                    catalog.signal(spec.model()).create(setup, signal)));
        }

        OpenClOptimizerKernel optimizer = circuit.optimizer() == null ? null
                : catalog.optimizer(circuit.optimizer().model()).create(setup);
        DeviceBuffer placeholder = device.allocate("placeholder", Float.BYTES);
        List<DeviceProjection> projections = new ArrayList<>();
        List<CompiledDeviceCircuit.Plastic> plastic = new ArrayList<>();
        CounterRandom weightRandom = new CounterRandom(setup.seed(), RandomStream.WEIGHT_INIT);
        for (Map.Entry<String, ProjectionSpec> entry : circuit.projections().entrySet()) {
            String name = entry.getKey();
            ProjectionSpec spec = entry.getValue();
            DevicePopulation pre = buffers.get(spec.from());
            DevicePopulation post = buffers.get(spec.to());
            long weightBytes = (long) pre.size() * post.size() * Float.BYTES;
            DeviceProjection projection = new DeviceProjection(name, spec, pre, post,
                    spec.rule() == null ? null : signals.get(spec.rule().signal()),
                    device.allocate(name + " weights", weightBytes),
                    spec.rule() == null ? null : device.allocate(name + " update", weightBytes));
            projection.weights().write(initialWeights(name, pre.size() * post.size(), weightRandom));
            projections.add(projection);
            if (spec.rule() != null) {
                if (optimizer == null) {
                    throw new Spiking4jException("Projection '" + name + "' has a plasticity rule but the circuit "
                            + "has no optimizer; add 'optimizer: {model: adam}'.");
                }
                OpenClRuleKernel rule = catalog.rule(spec.rule().model()).create(setup, projection);
                optimizer.attach(projection);
                DeviceBuffer decrement = rule.decrement();
                WeightConstraints constraints = new WeightConstraints(decrement == null ? placeholder : decrement,
                        decrement != null, (float) spec.lowerBound(), (float) spec.upperBound(), spec.isHollow());
                plastic.add(new CompiledDeviceCircuit.Plastic(projection, rule, constraints));
            }
        }

        List<CompiledDeviceCircuit.Population> populations = new ArrayList<>();
        for (DevicePopulation population : buffers.values()) {
            populations.add(population(device, setup, population, projections, capacityRows));
        }
        List<CompiledDeviceCircuit.Population> stepOrder = new ArrayList<>();
        for (String name : StepSchedule.populationOrder(circuit)) {
            populations.stream().filter(population -> population.buffers().name().equals(name)).forEach(stepOrder::add);
        }
        EngineKernels engine = new EngineKernels(device, options.kernels());
        device.finish();
        return new OpenClSimulation(new CompiledDeviceCircuit(circuit, capacityRows, populations, stepOrder,
                signalKernels, projections, plastic, optimizer), batch, device, engine);
    }

    private CompiledDeviceCircuit.Population population(OpenClDevice device, OpenClKernelSetup setup,
            DevicePopulation population, List<DeviceProjection> projections, int capacityRows) {
        PopulationSpec spec = population.spec();
        String name = population.name();
        boolean encoder = StepSchedule.isEncoder(spec);
        boolean keepsOutput = spec.effectiveRole() == PopulationRole.CLASSIFIER
                || spec.effectiveRole() == PopulationRole.RECONSTRUCTION;
        List<DeviceProjection> delayed = new ArrayList<>();
        List<DeviceProjection> immediate = new ArrayList<>();
        for (DeviceProjection projection : projections) {
            if (projection.post() == population) {
                (projection.spec().effectiveDelay() == 0 ? immediate : delayed).add(projection);
            }
        }
        if (encoder && !(delayed.isEmpty() && immediate.isEmpty())) {
            throw new Spiking4jException("Population '" + name + "' is an "
                    + spec.effectiveRole().name().toLowerCase(Locale.ROOT)
                    + " encoder and cannot receive projections.");
        }
        if (spec.effectiveRole() == PopulationRole.RECONSTRUCTION && spec.trace() == null) {
            throw new Spiking4jException("Reconstruction population '" + name
                    + "' needs a trace (add 'trace: {tau: 13}').");
        }
        OpenClNeuronKernel kernel = catalog.neuron(spec.model()).create(setup, population);
        DeviceBuffer sums = keepsOutput
                ? device.allocate(name + " output sums", (long) capacityRows * population.size() * Float.BYTES)
                : null;
        DeviceBuffer totals = device.allocate(name + " spike totals", (long) capacityRows * Integer.BYTES);
        return new CompiledDeviceCircuit.Population(population, kernel, encoder, spec.effectiveRole(), delayed,
                immediate, sums, totals);
    }


    private static Set<String> encoders(CircuitDescription circuit) {
        Set<String> names = new HashSet<>();
        circuit.populations().forEach((name, spec) -> {
            if (StepSchedule.isEncoder(spec)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Populations on the pre side of a plastic projection: they keep per-unit row lists for learning. */
    private static Set<String> plasticSources(CircuitDescription circuit) {
        Set<String> names = new HashSet<>();
        circuit.projections().values().forEach(spec -> {
            if (spec.rule() != null) {
                names.add(spec.from());
            }
        });
        return names;
    }

    private static int capacityRows(ProtocolSpec protocol) {
        int batchSize = protocol == null || protocol.batchSize() == null ? 1 : protocol.batchSize();
        int testBatch = protocol == null ? ProtocolSpec.DEFAULT_TEST_BATCH_SIZE : protocol.effectiveTestBatchSize();
        return Math.max(2 * batchSize, testBatch);
    }

    private static float[] initialWeights(String projection, int count, CounterRandom random) {
        float[] weights = new float[count];
        random.fillUniform(weights, 0, count, 0, 0, projection.hashCode());
        for (int index = 0; index < count; index++) {
            weights[index] = 2f * weights[index] - 1f;
        }
        return weights;
    }
}
