package org.dynadeploy.docs.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.dynadeploy.model.support.GroupPaths;

/**
 * Maps model names to file names and HTML ids. Group names come from user models and may be
 * "..", contain '/', '\\', NUL, or differ only in case; none of that may let a page escape the
 * output directory or overwrite another one. The mapping is deterministic and injective:
 * <ul>
 * <li>a segment made of lower-case letters, digits, '-' and '_' that starts with a letter or
 * digit (and is not a Windows device name) is used as it is;</li>
 * <li>anything else becomes '_' followed by the segment with every byte outside [a-z0-9-]
 * written as '_' and two lower-case hex digits ("Foo" becomes "__46oo", ".." becomes
 * "__2e_2e");</li>
 * <li>if that is too long for a file name, it is cut and a hash of the segment is appended
 * after a '~', a character no other form contains.</li>
 * </ul>
 * Outputs contain no upper-case letters, so two groups cannot collide on a case-insensitive
 * file system either.
 */
public final class SafePaths {

    private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern DEVICE = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])");
    private static final int MAX_ENCODED = 96;

    private SafePaths() {
    }

    /** The directory (relative, '/'-separated, "" for the root) holding a group's pages. */
    public static String dir(String groupPath) {
        List<String> segments = GroupPaths.segments(groupPath);
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment(segment));
        }
        return out.toString();
    }

    /** The file name standing for one group path segment. */
    public static String segment(String name) {
        if (PLAIN.matcher(name).matches() && !DEVICE.matcher(name).matches()) {
            return name;
        }
        String encoded = "_" + encode(name, false);
        if (encoded.length() <= MAX_ENCODED) {
            return encoded;
        }
        int cut = 64;
        // never cut inside an "_xx" escape, so the prefix stays a prefix of the full encoding
        while (cut > 1 && (encoded.charAt(cut - 1) == '_' || encoded.charAt(cut - 2) == '_')) {
            cut--;
        }
        return encoded.substring(0, cut) + "~" + hash(name);
    }

    /**
     * An HTML id / URL fragment for a name, with a kind prefix ("s" for services, "t" for
     * targets): letters, digits and '-' are kept, every other byte is "_" plus two hex digits.
     * The result needs no escaping in attributes or URLs.
     */
    public static String id(String prefix, String name) {
        return prefix + "-" + encode(name, true);
    }

    private static String encode(String name, boolean keepUpperCase) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || (keepUpperCase && c >= 'A' && c <= 'Z');
            if (keep) {
                out.append((char) c);
            } else {
                out.append('_').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return out.toString();
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
