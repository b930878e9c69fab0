package org.spiking4j.testkit.golden;

/** What {@code oracle check} prints per golden file, whatever its format. */
public interface GoldenOutcome {

    boolean passed();

    /** One line: PASS with the largest errors, or FAIL with the first difference. */
    String summary();
}
