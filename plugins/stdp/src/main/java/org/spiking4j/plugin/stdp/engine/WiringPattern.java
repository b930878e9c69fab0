package org.spiking4j.plugin.stdp.engine;

import java.util.Locale;

/** The fixed wirings a projection may declare with {@code connect} and one {@code weight}. */
enum WiringPattern {
    ONE_TO_ONE("one-to-one"),
    ALL_BUT_SELF("all-but-self"),
    ALL("all");

    private final String id;

    WiringPattern(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static WiringPattern of(String id) {
        for (WiringPattern pattern : values()) {
            if (pattern.id.equals(id.toLowerCase(Locale.ROOT))) {
                return pattern;
            }
        }
        return null;
    }

    boolean connects(int pre, int post) {
        return switch (this) {
            case ONE_TO_ONE -> pre == post;
            case ALL_BUT_SELF -> pre != post;
            case ALL -> true;
        };
    }
}
