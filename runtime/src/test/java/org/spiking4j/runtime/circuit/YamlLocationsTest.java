package org.spiking4j.runtime.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spiking4j.runtime.circuit.YamlLocations.Position;
import org.yaml.snakeyaml.error.YAMLException;

class YamlLocationsTest {
    private static final String TEXT = String.join("\n",
            "name: demo",
            "projections:",
            "  W1:",
            "    from: z0",
            "    rule: {model: csdp, signal: g1}",
            "  M1: {bounds: [0, 1], hollow:}",
            "");

    private final YamlLocations locations = YamlLocations.of(TEXT);

    @Test
    void valuesAndKeysOfBlockAndFlowMappingsHaveTheirOneBasedPositions() {
        assertEquals(Optional.of(new Position(1, 7)), locations.valueAt(List.of("name")));
        assertEquals(Optional.of(new Position(1, 1)), locations.keyAt(List.of("name")));
        assertEquals(Optional.of(new Position(5, 19)), locations.valueAt(List.of("projections", "W1", "rule", "model")));
        assertEquals(Optional.of(new Position(5, 12)), locations.keyAt(List.of("projections", "W1", "rule", "model")));
        assertEquals(Optional.of(new Position(4, 11)), locations.valueAt(List.of("projections", "W1", "from")));
    }

    @Test
    void sequenceItemsAreAddressedByTheirIndex() {
        assertEquals(Optional.of(new Position(6, 20)), locations.valueAt(List.of("projections", "M1", "bounds", "1")));
        assertEquals("'1'", locations.describeValueAt(List.of("projections", "M1", "bounds", "1")).orElseThrow());
        assertEquals("a list", locations.describeValueAt(List.of("projections", "M1", "bounds")).orElseThrow());
    }

    @Test
    void absentOrEmptyValuesFallBackToTheNearestWrittenKey() {
        assertEquals(Optional.of(new Position(4, 5)),
                locations.nearest(List.of("projections", "W1", "from", "nothing", "here")));
        assertEquals(Optional.of(new Position(3, 3)), locations.nearest(List.of("projections", "W1", "to")));
        // "hollow:" has no value: point at the key, not at the empty spot after it.
        assertEquals(Optional.of(new Position(6, 24)), locations.nearest(List.of("projections", "M1", "hollow")));
        assertEquals("nothing", locations.describeValueAt(List.of("projections", "M1", "hollow")).orElseThrow());
        assertEquals(Optional.of(new Position(1, 1)), locations.nearest(List.of("time")));
    }

    @Test
    void mappingKeysAreListedInWrittenOrder() {
        assertEquals(List.of("from", "rule"), locations.keysAt(List.of("projections", "W1")));
        assertEquals(List.of(), locations.keysAt(List.of("name")));
    }

    @Test
    void duplicateKeysAreReportedWithBothPositions() {
        YamlLocations duplicated = YamlLocations.of("a: 1\nb:\n  c: 2\n  c: 3\n");
        assertEquals(1, duplicated.duplicateKeys().size());
        YamlLocations.DuplicateKey duplicate = duplicated.duplicateKeys().get(0);
        assertEquals(List.of("b", "c"), duplicate.path());
        assertEquals(new Position(4, 3), duplicate.position());
        assertEquals(new Position(3, 3), duplicate.firstPosition());
    }

    @Test
    void emptyTextHasNoDocumentAndNoneKnowsNoPositions() {
        assertFalse(YamlLocations.of("# only a comment\n").hasDocument());
        assertTrue(locations.hasDocument());
        assertTrue(YamlLocations.none().nearest(List.of("name")).isEmpty());
    }

    @Test
    void textThatIsNotYamlThrowsSnakeYamlsPositionedError() {
        assertThrows(YAMLException.class, () -> YamlLocations.of("a: [1, 2\nb: 3\n"));
    }

    @Test
    void dottedPathsPutIndicesInBrackets() {
        assertEquals("projections.M1.bounds[1]", YamlLocations.dotted(List.of("projections", "M1", "bounds", "1")));
        assertEquals("the top level", YamlLocations.dotted(List.of()));
    }
}
