package org.spiking4j.api.circuit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where the images come from: a dataset source id ({@code mnist}, {@code fashion-mnist},
 * {@code kmnist}, {@code idx}, {@code npy}) and, for sources that need one, a folder.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSpec(String source, String path) {
}
