package org.spiking4j.engine.cpu.parallel;

/** Work over an index range [from, to) done by one worker. */
@FunctionalInterface
public interface RangeTask {
    void run(int from, int to, int worker);
}
