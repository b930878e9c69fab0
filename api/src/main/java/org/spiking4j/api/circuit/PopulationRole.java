package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a population is for, as far as the protocol and evaluation are concerned. */
public enum PopulationRole {
    /** Driven by the data (images). */
    @JsonProperty("input") INPUT,
    /** Driven by the label context (one-hot while training, zeros at test). */
    @JsonProperty("label") LABEL,
    /** Internal population. */
    @JsonProperty("hidden") HIDDEN,
    /** Its spike counts over a sample are the class scores. */
    @JsonProperty("classifier") CLASSIFIER,
    /** Its trace, summed over a sample and divided by steps + 1, estimates the input. */
    @JsonProperty("reconstruction") RECONSTRUCTION
}
