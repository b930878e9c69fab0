package org.spiking4j.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.Spiking4jException;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.OptimizerSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.ProtocolSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.circuit.SignalSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.circuit.TraceSpec;

class CircuitPlannerTest {
    private static final double DT = 1.0;
    private static final double TAU = 4.0;

    @Test
    void ordersPopulationsAndSplitsTheirInputsByDelay() {
        CircuitPlan plan = CircuitPlanner.plan(circuit(new OptimizerSpec("sgd", Map.of("eta", 0.1))));
        assertEquals(List.of("x", "out", "h"), plan.stepOrder().stream().map(PopulationPlan::name).toList());
        PopulationPlan hidden = plan.populations().get(1);
        assertEquals(List.of("Wxh"), hidden.delayedInputs().stream().map(ProjectionPlan::name).toList());
        assertEquals(List.of("Woh"), hidden.immediateInputs().stream().map(ProjectionPlan::name).toList());
        assertEquals(1f - (float) DT / (float) TAU, hidden.traceDecay());
        assertEquals(OutputKind.SPIKE_COUNTS, plan.populations().get(2).output());
        assertTrue(plan.populations().get(0).encoder() && plan.populations().get(0).feedsPlasticProjection());
        assertEquals(List.of("Wxh"), plan.plastic().stream().map(ProjectionPlan::name).toList());
        assertEquals(-2f, plan.projections().get(1).currentScale());
        assertEquals(0, plan.projections().get(0).rule().signal());
        assertEquals(Math.max(2 * 5, 7), plan.capacityRows());
        assertEquals("the sgd optimiser", plan.optimizer().parameters().owner());
    }

    @Test
    void refusesAPlasticProjectionWithoutAnOptimiser() {
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> CircuitPlanner.plan(circuit(null)));
        assertTrue(error.getMessage().contains("'Wxh'") && error.getMessage().contains("optimizer"),
                error.getMessage());
    }

    @Test
    void parametersNameTheirOwnerWhenAValueIsMissing() {
        Parameters parameters = new Parameters("population 'h' (slif)", Map.of("tauM", 2.0));
        assertEquals(2f, parameters.single("tauM"));
        Spiking4jException error = assertThrows(Spiking4jException.class, () -> parameters.number("rhoB"));
        assertTrue(error.getMessage().contains("'rhoB' of population 'h' (slif)"), error.getMessage());
    }

    /** x (input) → h (delay 1, plastic), out → h (delay 0, scale 2, sign −1), x → out (delay 0). */
    private static CircuitDescription circuit(OptimizerSpec optimizer) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("x", new PopulationSpec("bernoulli", 4, PopulationRole.INPUT, null, null));
        populations.put("h", new PopulationSpec("slif", 3, PopulationRole.HIDDEN, null, new TraceSpec(TAU)));
        populations.put("out", new PopulationSpec("slif", 2, PopulationRole.CLASSIFIER, null, null));
        Map<String, SignalSpec> signals = Map.of("g", new SignalSpec("goodness", "h", null, null, null));
        Map<String, ProjectionSpec> projections = new LinkedHashMap<>();
        projections.put("Wxh", new ProjectionSpec("x", "h", null, null, null, null, 1,
                new RuleSpec("csdp", "g", Map.of())));
        projections.put("Woh", new ProjectionSpec("out", "h", 2.0, -1, null, null, 0, null));
        projections.put("Wxo", new ProjectionSpec("x", "out", null, null, null, null, 0, null));
        return new CircuitDescription(CircuitDescription.API_VERSION, "plan-test", 3L, new TimeSpec(DT, 5),
                populations, signals, projections, optimizer, new ProtocolSpec("p", 5, 1, 7, 0, null), null, null);
    }
}
