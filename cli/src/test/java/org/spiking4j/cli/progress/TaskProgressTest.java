package org.spiking4j.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a terminal, progress is a plain line with the ETA every tenth of a task. */
class TaskProgressTest {

    @Test
    void plainLinesCarryAnEtaUntilTheTaskEnds() {
        StringWriter text = new StringWriter();
        TaskProgress progress = new TaskProgress(new PrintWriter(text), false);
        progress.start("test set", 20);
        for (int done = 1; done <= 20; done++) {
            progress.advance(done);
        }
        progress.finish();
        List<String> lines = text.toString().lines().toList();
        assertEquals(10, lines.size(), text.toString());
        assertTrue(lines.get(0).startsWith("  test set: 2/20 (10%), ") && lines.get(0).contains(", ETA "), lines.get(0));
        assertFalse(lines.get(9).contains("ETA"), lines.get(9));
        assertTrue(lines.get(9).startsWith("  test set: 20/20 (100%)"), lines.get(9));
    }

    @Test
    void durationsReadAsMinutesAndHours() {
        assertEquals("45 s", PlainProgressLine.duration(45));
        assertEquals("2 min 5 s", PlainProgressLine.duration(125));
        assertEquals("1 h 40 min", PlainProgressLine.duration(6000));
        assertEquals("5/10 (50%), 30 s, ETA 30 s", PlainProgressLine.format(5, 10, 30));
    }
}
