package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dynadeploy.docs.layout.TextMetrics;
import org.junit.jupiter.api.Test;

/**
 * Box sizes come from the bundled font, not from whatever fonts a machine has: the same label
 * measures the same everywhere, which is what makes diagrams byte-identical across machines.
 */
class TextMetricsTest {

    @Test
    void measuresWithTheBundledFont() {
        TextMetrics metrics = TextMetrics.get();
        assertTrue(metrics.usesBundledFont(), "DejaVu Sans from the jar");
        // advances straight from DejaVu Sans' tables (units per em 2048, at 13 px)
        assertEquals(38.2255859375, metrics.width("portal", 13f), 1e-9);
        assertEquals(0, metrics.width("", 13f));
        assertTrue(metrics.width("WWW", 13f) > metrics.width("iii", 13f), "proportional");
        assertEquals(2 * metrics.width("ab", 11f), metrics.width("abab", 11f), 1e-6);
    }
}
