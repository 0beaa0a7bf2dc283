package org.dynadeploy.docs.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coordinates as text. Locale-independent and rounded to one decimal so that the same layout
 * always prints the same bytes (no "1.0000000002" noise, no "1,5" under a German locale).
 */
public final class Num {

    private Num() {
    }

    public static String fmt(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }
}
