package org.spiking4j.engine.gpu.simulation;

import java.util.ArrayList;
import java.util.List;
import org.spiking4j.api.backend.SimulationOptions;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.engine.BatchContext;
import org.spiking4j.api.engine.InitialWeights;
import org.spiking4j.api.plan.CircuitPlan;
import org.spiking4j.api.plan.CircuitPlanner;
import org.spiking4j.api.plan.OutputKind;
import org.spiking4j.api.plan.PopulationPlan;
import org.spiking4j.api.plan.ProjectionPlan;
import org.spiking4j.api.plan.SignalPlan;
import org.spiking4j.engine.gpu.device.DeviceBuffer;
import org.spiking4j.engine.gpu.device.DeviceCandidate;
import org.spiking4j.engine.gpu.device.OpenClDevice;
import org.spiking4j.engine.gpu.device.ResourceLedger;
import org.spiking4j.engine.gpu.spi.DevicePopulation;
import org.spiking4j.engine.gpu.spi.DeviceProjection;
import org.spiking4j.engine.gpu.spi.DeviceSignal;
import org.spiking4j.engine.gpu.spi.OpenClKernelSetup;
import org.spiking4j.engine.gpu.spi.OpenClOptimizerKernel;
import org.spiking4j.engine.gpu.spi.OpenClRuleKernel;
import org.spiking4j.engine.gpu.spi.OpenClSignalKernel;
import org.spiking4j.engine.gpu.spi.WeightConstraints;

/**
 * Turns a circuit's {@link CircuitPlan} into an {@link OpenClSimulation}: opens the device,
 * allocates every buffer once, builds the kernels in the plan's order, and uploads the
 * {@link InitialWeights} drawn on the host, so both engines start from identical weights.
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
        CircuitPlan plan = CircuitPlanner.plan(circuit);
        OpenClDevice device = OpenClDevice.open(candidate, ledger, options.profile());
        try {
            return compileOn(device, plan, options);
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    private OpenClSimulation compileOn(OpenClDevice device, CircuitPlan plan, SimulationOptions options) {
        int capacityRows = plan.capacityRows();
        BatchContext batch = new BatchContext();
        DeviceBuffer rowContrast = device.allocate("contrast", (long) capacityRows * Float.BYTES);
        OpenClKernelSetup setup = new OpenClKernelSetup(plan, batch, rowContrast, device);

        List<DevicePopulation> buffers = new ArrayList<>();
        for (PopulationPlan population : plan.populations()) {
            buffers.add(new DevicePopulation(device, population, capacityRows));
        }
        List<DeviceSignal> signalValues = new ArrayList<>();
        List<OpenClSignalKernel> signals = new ArrayList<>();
        for (SignalPlan signal : plan.signals()) {
            DevicePopulation population = buffers.get(signal.population());
            DeviceSignal values = new DeviceSignal(signal, population,
                    signal.hasTarget() ? buffers.get(signal.target()) : null,
                    device.allocate(signal.name() + " values", (long) capacityRows * population.size() * Float.BYTES));
            signalValues.add(values);
            signals.add(catalog.signal(signal.model()).create(setup, values));
        }
        OpenClOptimizerKernel optimizer = plan.optimizer() == null ? null
                : catalog.optimizer(plan.optimizer().model()).create(setup);
        DeviceBuffer placeholder = device.allocate("placeholder", Float.BYTES);
        List<DeviceProjection> projections = new ArrayList<>();
        List<CompiledDeviceCircuit.Plastic> plastic = new ArrayList<>();
        for (ProjectionPlan projection : plan.projections()) {
            String name = projection.name();
            long weightBytes = (long) projection.weightCount() * Float.BYTES;
            DeviceProjection weights = new DeviceProjection(projection, buffers.get(projection.pre()),
                    buffers.get(projection.post()),
                    projection.isPlastic() && projection.rule().signal() >= 0
                            ? signalValues.get(projection.rule().signal()) : null,
                    device.allocate(name + " weights", weightBytes),
                    projection.isPlastic() ? device.allocate(name + " update", weightBytes) : null);
            weights.weights().write(InitialWeights.draw(plan.seed(), projection));
            projections.add(weights);
            if (projection.isPlastic()) {
                OpenClRuleKernel rule = catalog.rule(projection.rule().model()).create(setup, weights);
                optimizer.attach(weights);
                DeviceBuffer decrement = rule.decrement();
                WeightConstraints constraints = new WeightConstraints(decrement == null ? placeholder : decrement,
                        decrement != null, projection.lowerBound(), projection.upperBound(), projection.hollow());
                plastic.add(new CompiledDeviceCircuit.Plastic(weights, rule, constraints));
            }
        }
        List<CompiledDeviceCircuit.Population> populations = new ArrayList<>();
        for (PopulationPlan population : plan.populations()) {
            DevicePopulation own = buffers.get(population.index());
            List<DeviceProjection> inputs = new ArrayList<>();
            population.delayedInputs().forEach(input -> inputs.add(projections.get(input.index())));
            population.immediateInputs().forEach(input -> inputs.add(projections.get(input.index())));
            populations.add(new CompiledDeviceCircuit.Population(own,
                    catalog.neuron(population.model()).create(setup, own), inputs,
                    population.output() == OutputKind.NONE ? null : device.allocate(population.name()
                            + " output sums", (long) capacityRows * population.size() * Float.BYTES),
                    device.allocate(population.name() + " spike totals", (long) capacityRows * Integer.BYTES)));
        }
        List<CompiledDeviceCircuit.Population> stepOrder = plan.stepOrder().stream()
                .map(population -> populations.get(population.index())).toList();
        EngineKernels engine = new EngineKernels(device, options.kernels());
        device.finish();
        return new OpenClSimulation(new CompiledDeviceCircuit(plan, populations, stepOrder, signals, projections,
                plastic, optimizer), batch, rowContrast, device, engine);
    }
}
