package org.spiking4j.runtime.circuit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.BackendSpec;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.DataSpec;
import org.spiking4j.api.circuit.OptimizerSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.circuit.StepSchedule;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.component.ComponentDescriptor;
import org.spiking4j.api.component.ComponentKind;
import org.spiking4j.api.component.PlasticityRule;
import org.spiking4j.api.component.SignalModel;
import org.spiking4j.api.component.UsageCheck;
import org.spiking4j.runtime.plugin.PluginRegistry;

/**
 * Checks what the YAML schema cannot: that every component id is known to the loaded plugins,
 * parameters fit their declarations, names refer to things that exist, and numbers are in range.
 * All problems are collected, so one run of {@code spiking4j validate} shows everything to fix.
 */
public final class CircuitValidator {
    /** A circuit name is a folder name: a letter or digit first, then letters, digits, '.', '_' or '-'. */
    private static final java.util.regex.Pattern CIRCUIT_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String TRACE = "trace";
    private static final List<String> ESTIMATES = List.of(TRACE, "spikes");
    private static final List<String> KERNEL_CHOICES = List.of(BackendSpec.AUTO, "event", "dense");
    private static final List<Integer> SIGNS = List.of(1, -1);
    private static final List<Integer> DELAYS = List.of(0, 1);
    private static final int BOUNDS_LENGTH = 2;
    private static final List<String> CONNECT_PATTERNS = List.of("one-to-one", "all-but-self", "all");

    private final PluginRegistry registry;

    public CircuitValidator(PluginRegistry registry) {
        this.registry = registry;
    }

    /** Throws one {@link Spiking4jException} listing every problem, one per line, when there is any. */
    public void validate(CircuitDescription circuit, YamlLocations locations, String sourceName) {
        List<CircuitProblem> problems = problems(circuit, locations);
        if (!problems.isEmpty()) {
            throw new Spiking4jException(report(problems, sourceName));
        }
    }

    public void validate(ParsedCircuit parsed) {
        validate(parsed.circuit(), parsed.locations(), parsed.sourceName());
    }

    /** Every problem of the circuit, in file order; empty when it is valid. */
    public List<CircuitProblem> problems(CircuitDescription circuit, YamlLocations locations) {
        ProblemCollector problems = new ProblemCollector(locations);
        new Run(circuit, problems).checkAll();
        return problems.sorted();
    }

    /** "file has N problems:" and then one "file, line L, column C: problem" line each. */
    static String report(List<CircuitProblem> problems, String sourceName) {
        StringBuilder text = new StringBuilder(sourceName).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.forEach(problem -> text.append(System.lineSeparator()).append(problem.describe(sourceName)));
        return text.toString();
    }

    /** "neuron model", "plasticity rule", ...: the singular of the kind's title. */
    static String kindName(ComponentKind kind) {
        String title = kind.title();
        return title.endsWith("s") ? title.substring(0, title.length() - 1) : title;
    }

    /** One validation of one circuit; holds what the checks share. */
    private final class Run {
        private final CircuitDescription circuit;
        private final ProblemCollector problems;
        private final ParameterCheck parameters;

        Run(CircuitDescription circuit, ProblemCollector problems) {
            this.circuit = circuit;
            this.problems = problems;
            this.parameters = new ParameterCheck(problems);
        }

        void checkAll() {
            checkHeader();
            checkTime();
            checkPopulations();
            checkRoles();
            checkSignals();
            checkProjections();
            checkDelayZeroCycles();
            checkOptimizer();
            checkProtocol();
            checkData();
            checkBackend();
        }

        private void checkHeader() {
            if (circuit.apiVersion() != null && !CircuitDescription.API_VERSION.equals(circuit.apiVersion())) {
                problems.atValue(List.of("apiVersion"), "apiVersion is '" + circuit.apiVersion()
                        + "', but this spiking4j reads '" + CircuitDescription.API_VERSION + "'.");
            }
            if (circuit.name() == null || circuit.name().isBlank()) {
                problems.atValue(List.of("name"), "the circuit has no name; add a line such as 'name: my-circuit'.");
            } else if (!CIRCUIT_NAME.matcher(circuit.name()).matches() || circuit.name().contains("..")) {
                problems.atValue(List.of("name"), "the circuit name '" + circuit.name() + "' is not a plain name: it "
                        + "names the model folder under runs/, so use letters, digits, '.', '_' and '-' only (no "
                        + "path separators, no '..'), e.g. 'name: my-circuit'.");
            }
        }

        private void checkTime() {
            TimeSpec time = circuit.time();
            if (time == null) {
                problems.atValue(List.of("time"), "time is missing; add for example 'time: {dt: 3.0, steps: 50}' "
                        + "(step length in ms, steps per sample).");
                return;
            }
            if (!(time.dt() > 0) || Double.isInfinite(time.dt())) {
                problems.atValue(List.of("time", "dt"), "time.dt must be a positive number of milliseconds, found "
                        + NumberText.of(time.dt()) + ".");
            }
            if (time.steps() < 1) {
                problems.atValue(List.of("time", "steps"), "time.steps must be at least 1, found " + time.steps() + ".");
            }
        }

        private void checkPopulations() {
            if (circuit.populations().isEmpty()) {
                problems.atKey(List.of("populations"), "the circuit has no populations.");
            }
            circuit.populations().forEach((name, spec) -> {
                List<String> path = List.of("populations", name);
                String owner = "population '" + name + "'";
                if (spec == null) {
                    problems.atValue(path, owner + " is empty; give at least its model and size.");
                    return;
                }
                checkComponent(ComponentKind.NEURON_MODEL, spec.model(), spec.params(), path, owner);
                if (spec.size() < 1) {
                    problems.atValue(child(path, "size"), owner + " needs a size of at least 1, found "
                            + spec.size() + ".");
                }
                if (spec.trace() != null && !(spec.trace().tau() > 0)) {
                    problems.atValue(List.of("populations", name, "trace", "tau"), "the trace of " + owner
                            + " needs a positive time constant tau in ms, found " + NumberText.of(spec.trace().tau())
                            + ".");
                }
            });
        }

        private void checkRoles() {
            List<String> inputs = populationsWithRole(PopulationRole.INPUT);
            if (inputs.isEmpty() && !circuit.populations().isEmpty()) {
                problems.atKey(List.of("populations"), "no population has 'role: input'; give it to the "
                        + "population the images drive.");
            }
            atMostOne(PopulationRole.INPUT, inputs);
            atMostOne(PopulationRole.LABEL, populationsWithRole(PopulationRole.LABEL));
            atMostOne(PopulationRole.CLASSIFIER, populationsWithRole(PopulationRole.CLASSIFIER));
        }

        private void atMostOne(PopulationRole role, List<String> names) {
            String roleName = role.name().toLowerCase(Locale.ROOT);
            for (String extra : names.subList(Math.min(1, names.size()), names.size())) {
                problems.atValue(List.of("populations", extra, "role"), "population '" + extra + "' has role "
                        + roleName + ", but '" + names.get(0) + "' already has it; a circuit has only one.");
            }
        }

        private List<String> populationsWithRole(PopulationRole role) {
            List<String> names = new ArrayList<>();
            circuit.populations().forEach((name, spec) -> {
                if (spec != null && spec.role() == role) {
                    names.add(name);
                }
            });
            return names;
        }

        private void checkSignals() {
            circuit.signals().forEach((name, spec) -> {
                List<String> path = List.of("signals", name);
                String owner = "signal '" + name + "'";
                if (spec == null) {
                    problems.atValue(path, owner + " is empty; give at least its model and population.");
                    return;
                }
                ComponentDescriptor model = checkComponent(ComponentKind.SIGNAL_MODEL, spec.model(), spec.params(),
                        path, owner);
                checkPopulationReference(spec.population(), child(path, "population"), owner);
                if (model instanceof SignalModel signalModel) {
                    checkTarget(spec, signalModel, path, owner);
                }
                checkEstimate(spec, path, owner);
            });
        }

        private void checkTarget(SignalSpec spec, SignalModel model, List<String> path, String owner) {
            if (model.needsTarget()) {
                checkPopulationReference(spec.target(), child(path, "target"), owner);
            } else if (spec.target() != null) {
                problems.atValue(child(path, "target"), owner + " has a target, but signal '" + model.id()
                        + "' uses none; remove it.");
            }
        }

        private void checkEstimate(SignalSpec spec, List<String> path, String owner) {
            if (spec.estimate() == null) {
                return;
            }
            if (!ESTIMATES.contains(spec.estimate())) {
                problems.atValue(child(path, "estimate"), owner + " has estimate '" + spec.estimate()
                        + "'; expected one of " + String.join(", ", ESTIMATES) + ".");
                return;
            }
            PopulationSpec population = spec.population() == null ? null
                    : circuit.populations().get(spec.population());
            if (TRACE.equals(spec.estimate()) && population != null && population.trace() == null) {
                problems.atValue(child(path, "estimate"), owner + " estimates with the trace of population '"
                        + spec.population() + "', which has no trace: add 'trace: {tau: ...}' to it, or use "
                        + "'estimate: spikes'.");
            }
        }

        private void checkProjections() {
            circuit.projections().forEach((name, spec) -> {
                List<String> path = List.of("projections", name);
                String owner = "projection '" + name + "'";
                if (spec == null) {
                    problems.atValue(path, owner + " is empty; give at least from and to.");
                    return;
                }
                checkPopulationReference(spec.from(), child(path, "from"), owner);
                checkPopulationReference(spec.to(), child(path, "to"), owner);
                checkWeights(spec, path, owner);
                checkWiring(spec, path, owner);
                if (spec.rule() != null) {
                    checkRule(spec.rule(), child(path, "rule"), owner);
                }
                if (spec.constraint() != null) {
                    List<String> constraintPath = child(path, "constraint");
                    ComponentDescriptor constraint = checkComponent(ComponentKind.CONSTRAINT, spec.constraint().model(),
                            spec.constraint().params(), constraintPath, "the constraint of " + owner);
                    checkUse(constraint, constraintPath);
                }
            });
        }

        /** connect: one-to-one | all-but-self | all with one weight, instead of a trained matrix. */
        private void checkWiring(ProjectionSpec spec, List<String> path, String owner) {
            if (spec.connect() == null) {
                if (spec.weight() != null) {
                    problems.atValue(child(path, "weight"), owner + " has a weight but no 'connect'; add 'connect: "
                            + String.join(" | ", CONNECT_PATTERNS) + "' or remove the weight.");
                }
                return;
            }
            if (!CONNECT_PATTERNS.contains(spec.connect())) {
                problems.atValue(child(path, "connect"), owner + " has connect '" + spec.connect() + "'; use one of "
                        + String.join(", ", CONNECT_PATTERNS) + "." + NameSuggestion.hint(spec.connect(), CONNECT_PATTERNS));
                return;
            }
            if (spec.rule() != null) {
                problems.atValue(child(path, "connect"), owner + " declares fixed wiring (connect) and a rule; a "
                        + "plastic projection needs its full matrix, so remove 'connect' and 'weight' or the rule.");
            }
            if (spec.weight() == null) {
                problems.atValue(child(path, "connect"), owner + " has connect '" + spec.connect() + "' but no weight; "
                        + "add 'weight: <value per spike>'.");
            }
            PopulationSpec from = spec.from() == null ? null : circuit.populations().get(spec.from());
            PopulationSpec to = spec.to() == null ? null : circuit.populations().get(spec.to());
            if (from != null && to != null && !"all".equals(spec.connect()) && from.size() != to.size()) {
                problems.atValue(child(path, "connect"), owner + " connects '" + spec.from() + "' (" + from.size()
                        + " units) " + spec.connect() + " to '" + spec.to() + "' (" + to.size() + " units); "
                        + spec.connect() + " needs populations of equal size: resize one, or use 'connect: all'.");
            }
        }

        /** Lets a component check how the circuit uses it (e.g. STDP needs traces on both populations). */
        private void checkUse(ComponentDescriptor descriptor, List<String> path) {
            if (descriptor instanceof UsageCheck check) {
                for (UsageCheck.Problem problem : check.problems(circuit, path)) {
                    problems.atValue(problem.path(), problem.message());
                }
            }
        }

        /** Delay-0 projections must form an acyclic graph, or no update order exists within a step. */
        private void checkDelayZeroCycles() {
            boolean referencesResolve = circuit.projections().values().stream().allMatch(spec -> spec != null
                    && circuit.populations().containsKey(spec.from()) && circuit.populations().containsKey(spec.to()));
            if (!referencesResolve || circuit.populations().values().stream().anyMatch(java.util.Objects::isNull)) {
                return;
            }
            try {
                StepSchedule.populationOrder(circuit);
            } catch (Spiking4jException cycle) {
                problems.atValue(List.of("projections"), cycle.getMessage());
            }
        }

        private void checkWeights(ProjectionSpec spec, List<String> path, String owner) {
            if (spec.sign() != null && !SIGNS.contains(spec.sign())) {
                problems.atValue(child(path, "sign"), "the sign of " + owner + " must be 1 (excitatory) or -1 "
                        + "(inhibitory), found " + spec.sign() + ".");
            }
            if (spec.scale() != null && (!(spec.scale() > 0) || spec.scale().isInfinite())) {
                problems.atValue(child(path, "scale"), "the scale of " + owner + " must be a positive number, found "
                        + NumberText.of(spec.scale()) + "; use 'sign: -1' for inhibition.");
            }
            if (spec.delay() != null && !DELAYS.contains(spec.delay())) {
                problems.atValue(child(path, "delay"), "the delay of " + owner + " must be 0 (this step's spikes) "
                        + "or 1 (the previous step's), found " + spec.delay() + ".");
            }
            checkBounds(spec.bounds(), child(path, "bounds"), owner);
        }

        private void checkBounds(List<Double> bounds, List<String> path, String owner) {
            if (bounds == null) {
                return;
            }
            if (bounds.size() != BOUNDS_LENGTH) {
                problems.atValue(path, "the bounds of " + owner + " must be two numbers [lower, upper], found "
                        + bounds.size() + (bounds.size() == 1 ? " value." : " values."));
                return;
            }
            if (bounds.contains(null)) {
                problems.atValue(path, "the bounds of " + owner + " must be two numbers [lower, upper]; one is empty.");
                return;
            }
            if (bounds.get(0) > bounds.get(1) || bounds.get(0).isNaN() || bounds.get(1).isNaN()) {
                problems.atValue(path, "the bounds of " + owner + " are [" + NumberText.of(bounds.get(0)) + ", "
                        + NumberText.of(bounds.get(1)) + "]; the lower bound must not be above the upper one.");
            }
        }

        private void checkRule(RuleSpec rule, List<String> path, String projectionOwner) {
            String owner = "the rule of " + projectionOwner;
            checkUse(checkComponent(ComponentKind.PLASTICITY_RULE, rule.model(), rule.params(), path, owner), path);
            if (rule.signal() != null && !circuit.signals().containsKey(rule.signal())) {
                problems.atValue(child(path, "signal"), owner + " reads signal '" + rule.signal()
                        + "', which does not exist. " + known("Signals", circuit.signals().keySet(), rule.signal()));
            }
        }

        private void checkOptimizer() {
            OptimizerSpec optimizer = circuit.optimizer();
            if (optimizer == null) {
                List<String> learning = new ArrayList<>();
                circuit.projections().forEach((name, spec) -> {
                    if (spec != null && spec.rule() != null && ruleNeedsOptimizer(spec.rule())) {
                        learning.add(name);
                    }
                });
                if (!learning.isEmpty()) {
                    problems.atValue(List.of("optimizer"), "projections " + String.join(", ", learning)
                            + " learn, so the circuit needs an optimizer, e.g. 'optimizer: {model: adam}'.");
                }
                return;
            }
            checkComponent(ComponentKind.OPTIMIZER, optimizer.model(), optimizer.params(), List.of("optimizer"),
                    "the optimizer");
        }

        /** Unknown rules count as needing one: their own problem is reported where the rule is. */
        private boolean ruleNeedsOptimizer(RuleSpec rule) {
            return rule.model() == null || !registry.has(ComponentKind.PLASTICITY_RULE, rule.model())
                    || registry.require(PlasticityRule.class, ComponentKind.PLASTICITY_RULE, rule.model()).needsOptimizer();
        }

        private void checkProtocol() {
            ProtocolSpec protocol = circuit.protocol();
            List<String> path = List.of("protocol");
            if (protocol == null) {
                problems.atValue(path, "protocol is missing; add for example "
                        + "'protocol: {model: contrastive-supervised, batchSize: 500, epochs: 10}'.");
                return;
            }
            checkUse(checkComponent(ComponentKind.TRAINING_PROTOCOL, protocol.model(), protocol.params(), path,
                    "the protocol"), path);
            if (protocol.readout() != null) {
                List<String> readoutPath = child(path, "readout");
                ComponentDescriptor readout = checkComponent(ComponentKind.READOUT, protocol.readout().model(),
                        protocol.readout().params(), readoutPath, "the readout");
                if (protocol.readout().population() != null) {
                    checkPopulationReference(protocol.readout().population(), child(readoutPath, "population"),
                            "the readout");
                }
                checkUse(readout, readoutPath);
            }
            checkCount(protocol.batchSize(), true, 1, child(path, "batchSize"), "protocol.batchSize");
            checkCount(protocol.epochs(), true, 1, child(path, "epochs"), "protocol.epochs");
            checkCount(protocol.testBatchSize(), false, 1, child(path, "testBatchSize"), "protocol.testBatchSize");
            checkCount(protocol.trainLimit(), false, 0, child(path, "trainLimit"),
                    "protocol.trainLimit (0 uses every training image)");
        }

        private void checkCount(Integer value, boolean required, int minimum, List<String> path, String what) {
            if (value == null) {
                if (required) {
                    problems.atValue(path, what + " is missing; give a whole number of at least " + minimum + ".");
                }
            } else if (value < minimum) {
                problems.atValue(path, what + " must be at least " + minimum + ", found " + value + ".");
            }
        }

        private void checkData() {
            DataSpec data = circuit.data();
            if (data != null && data.source() != null && !registry.has(ComponentKind.DATASET_SOURCE, data.source())) {
                problems.atValue(List.of("data", "source"),
                        registry.unknownIdMessage(ComponentKind.DATASET_SOURCE, data.source()));
            }
        }

        private void checkBackend() {
            BackendSpec backend = circuit.backend();
            if (backend == null) {
                return;
            }
            if (backend.id() != null && !BackendSpec.AUTO.equals(backend.id())
                    && !registry.has(ComponentKind.BACKEND, backend.id())) {
                problems.atValue(List.of("backend", "id"), registry.unknownIdMessage(ComponentKind.BACKEND, backend.id())
                        + " Or use 'auto' to pick the best available one.");
            }
            if (backend.kernels() != null && !KERNEL_CHOICES.contains(backend.kernels())) {
                problems.atValue(List.of("backend", "kernels"), "backend.kernels is '" + backend.kernels()
                        + "'; expected one of " + String.join(", ", KERNEL_CHOICES) + ".");
            }
            if (backend.threads() != null && backend.threads() < 0) {
                problems.atValue(List.of("backend", "threads"), "backend.threads must be 0 (let the backend choose) "
                        + "or more, found " + backend.threads() + ".");
            }
        }

        /** Checks the model id and, when it is known, the parameters; returns the descriptor or null. */
        private ComponentDescriptor checkComponent(ComponentKind kind, String id, Map<String, Double> params,
                List<String> ownerPath, String owner) {
            List<String> modelPath = child(ownerPath, "model");
            if (id == null) {
                problems.atValue(modelPath, owner + " has no model; known " + kind.title() + ": "
                        + String.join(", ", registry.ids(kind)) + ".");
                return null;
            }
            if (!registry.has(kind, id)) {
                problems.atValue(modelPath, owner + ": " + registry.unknownIdMessage(kind, id)
                        + NameSuggestion.hint(id, registry.ids(kind)));
                return null;
            }
            ComponentDescriptor descriptor = registry.require(ComponentDescriptor.class, kind, id);
            parameters.check(descriptor, params, child(ownerPath, "params"), owner);
            return descriptor;
        }

        private void checkPopulationReference(String name, List<String> path, String owner) {
            String key = path.get(path.size() - 1);
            if (name == null) {
                problems.atValue(path, owner + " has no " + key + "; add '" + key + ": <population name>'.");
            } else if (!circuit.populations().containsKey(name)) {
                problems.atValue(path, owner + " has " + key + " '" + name + "', which is not a population. "
                        + known("Populations", circuit.populations().keySet(), name));
            }
        }
    }

    private static String known(String title, Collection<String> names, String wanted) {
        return title + ": " + (names.isEmpty() ? "none" : String.join(", ", names)) + "."
                + NameSuggestion.hint(wanted, names);
    }

    private static List<String> child(List<String> path, String element) {
        List<String> childPath = new ArrayList<>(path);
        childPath.add(element);
        return List.copyOf(childPath);
    }
}
