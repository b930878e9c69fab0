package org.spiking4j.api.data;

/** A training and a test split, with a human-readable description of where they came from. */
public record LabeledDataset(String name, LabeledImages train, LabeledImages test, String origin) {
}
