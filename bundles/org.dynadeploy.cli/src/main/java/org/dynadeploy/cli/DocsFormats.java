package org.dynadeploy.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.dynadeploy.docs.Format;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Which diagram formats a command accepts; anything else is a usage error (exit 2). */
final class DocsFormats {

    /** The catalog's pages embed SVG or PNG. */
    static final Set<Format> CATALOG = EnumSet.of(Format.SVG, Format.PNG);

    private DocsFormats() {
    }

    static Format require(Format format, Set<Format> allowed, CommandLine commandLine) {
        if (!allowed.contains(format)) {
            throw new ParameterException(commandLine, "-f/--format " + name(format) + " is not available here; use "
                    + Arrays.stream(Format.values()).filter(allowed::contains).map(DocsFormats::name)
                            .collect(Collectors.joining(" or ")));
        }
        return format;
    }

    /** The name users type (mermaid rather than its file extension). */
    static String name(Format format) {
        return format == Format.MERMAID ? "mermaid" : format.extension();
    }
}
