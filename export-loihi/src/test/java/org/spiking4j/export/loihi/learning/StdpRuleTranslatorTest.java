package org.spiking4j.export.loihi.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spiking4j.api.circuit.CircuitDescription;
import org.spiking4j.api.circuit.ConstraintSpec;
import org.spiking4j.api.circuit.PopulationRole;
import org.spiking4j.api.circuit.PopulationSpec;
import org.spiking4j.api.circuit.ProjectionSpec;
import org.spiking4j.api.circuit.RuleSpec;
import org.spiking4j.api.circuit.TimeSpec;
import org.spiking4j.api.circuit.TraceSpec;

/** Diehl &amp; Cook's pair STDP as Lava's STDPLoihi string (stdp.md §6), and what it leaves out. */
class StdpRuleTranslatorTest {

    @Test
    void pairStdpBecomesStdpLoihisSumOfProducts() {
        OnChipLearningRule rule = translate(Map.of("traceMode", "set", "weightDependence", "none")).orElseThrow();
        assertEquals("STDPLoihi", rule.rule());
        assertEquals("1 * -1.0E-4 * x0 * y1 + 1 * 0.01 * y0 * x1", rule.dw());
        assertEquals(0.01, rule.aPlus());
        assertEquals(-1e-4, rule.aMinus());
        assertEquals(20.0, rule.tauPlus());
        assertEquals(25.0, rule.tauMinus());
        List<String> lost = rule.notRepresentable();
        assertTrue(lost.stream().anyMatch(text -> text.startsWith("Nearest-spike traces")), lost::toString);
        assertTrue(lost.stream().anyMatch(text -> text.startsWith("Constraint normalize-columns")), lost::toString);
        assertTrue(lost.stream().anyMatch(text -> text.startsWith("The adaptive threshold θ of excitatory")),
                lost::toString);
        assertTrue(lost.stream().noneMatch(text -> text.startsWith("Soft weight dependence")), lost::toString);
    }

    @Test
    void softWeightDependenceIsSaidToBeOutsideStdpLoihi() {
        OnChipLearningRule rule = translate(Map.of("traceMode", "add", "weightDependence", "soft")).orElseThrow();
        assertTrue(rule.notRepresentable().stream().anyMatch(text -> text.startsWith("Soft weight dependence")));
        assertTrue(rule.notRepresentable().stream().anyMatch(text -> text.startsWith("Traces that add 1")));
    }

    @Test
    void aProjectionWithoutStdpHasNoOnChipRule() {
        ProjectionSpec fixed = new ProjectionSpec("excitatory", "excitatory", null, null, null, null, null, null,
                "all-but-self", -120.0, null);
        assertTrue(new StdpRuleTranslator().translate("inhibition", fixed, circuit(fixed)).isEmpty());
    }

    private static java.util.Optional<OnChipLearningRule> translate(Map<String, String> options) {
        ProjectionSpec plastic = new ProjectionSpec("input", "excitatory", null, null, null, List.of(0.0, 1.0), null,
                new RuleSpec("stdp", null, Map.of("nuPre", 1e-4, "nuPost", 1e-2), options), null, null,
                new ConstraintSpec("normalize-columns", Map.of("total", 78.4)));
        return new StdpRuleTranslator().translate("input-excitatory", plastic, circuit(plastic));
    }

    private static CircuitDescription circuit(ProjectionSpec projection) {
        Map<String, PopulationSpec> populations = new LinkedHashMap<>();
        populations.put("input", new PopulationSpec("poisson", 4, PopulationRole.INPUT, Map.of(), new TraceSpec(20)));
        populations.put("excitatory", new PopulationSpec("lif", 2, PopulationRole.HIDDEN, Map.of("thetaPlus", 0.05),
                new TraceSpec(25)));
        return new CircuitDescription(CircuitDescription.API_VERSION, "rule", 1L, new TimeSpec(1.0, 10), populations,
                Map.of(), Map.of("input-excitatory", projection), null, null, null, null);
    }
}
