package org.spiking4j.runtime.circuit;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        CircuitFiles files = new CircuitFiles();
        for (String name : new String[] {"csdp-small.yaml", "broken-typo-key.yaml", "broken-wrong-type.yaml", "broken-unknown-model.yaml",
                "broken-param-range.yaml", "broken-unknown-param.yaml", "broken-dangling-signal.yaml", "broken-syntax.yaml",
                "broken-several.yaml"}) {
            try {
                var c = files.read(CircuitFixtures.circuit(name), CircuitFixtures.registry());
                System.out.println("OK " + name);
                System.out.println(files.write(c));
            } catch (org.spiking4j.api.Spiking4jException e) {
                System.out.println("=== " + name + "\n" + e.getMessage());
            }
        }
        CircuitLoader loader = new CircuitLoader();
        String base = java.nio.file.Files.readString(CircuitFixtures.circuit("csdp-small.yaml"));
        String[][] edits = {
            {"steps: 16", "steps: \"16\""}, {"size: 40", "size: abc"}, {"role: input", "role: inptu"}, {"hollow: true, bounds", "hollow: yes, bounds"},
            {"steps: 16", "steps: 99999999999"}, {"size: 40", "size:"}, {"trace: {tau: 13}\n  z2", "trace: 13\n  z2"}, {"bounds: [0, 1], rule: {model: csdp, signal: g1}", "bounds: [0, x], rule: {model: csdp, signal: g1}"},
            {"seed: 7", "seed: 7\nseed: 8"}, {"seed: 7", "seed: 7\n---\nname: x"}, {"time: {dt: 3.0, steps: 16}", "time: [3.0, 16]"}, {"tauM: 100", "tauM: \"100\""},
            {"name: csdp-small", "name: 123"}, {"apiVersion: spiking4j/v1\n", "- a\n"}, {"steps: 16", "steps: 16.0"},
        };
        for (String[] edit : edits) {
            try {
                loader.parse(base.replaceFirst(java.util.regex.Pattern.quote(edit[0]), java.util.regex.Matcher.quoteReplacement(edit[1])), "x.yaml");
                System.out.println("OK?? " + edit[1]);
            } catch (org.spiking4j.api.Spiking4jException e) {
                System.out.println("--- " + edit[1] + "\n" + e.getMessage());
            }
        }
        try { loader.parse("", "empty.yaml"); } catch (Exception e) { System.out.println(e.getMessage()); }
        try { loader.load(java.nio.file.Path.of("nope.yaml")); } catch (Exception e) { System.out.println(e.getMessage()); }
    }
}
