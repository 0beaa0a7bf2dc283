package org.dynadeploy.model.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order dydisnix visits names in: C strcmp on the UTF-8 bytes (Nix attrNames is the same).
 * Differs from String.compareTo for characters outside the BMP and from locale collation.
 */
public final class ByteOrder {

    public static final Comparator<String> COMPARATOR = ByteOrder::compare;

    private ByteOrder() {
    }

    public static int compare(String a, String b) {
        if (isAscii(a) && isAscii(b)) {
            return a.compareTo(b);
        }
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
