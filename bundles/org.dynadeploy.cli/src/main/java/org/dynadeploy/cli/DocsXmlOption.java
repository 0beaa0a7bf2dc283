package org.dynadeploy.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/**
 * {@code --xml} and dydisnix's {@code --extra-params} for the documentation commands, so that
 * dydisnix scripts run unchanged.
 */
final class DocsXmlOption {

    @Option(names = "--xml", description = "The inputs are Disnix XML files (one per option; as dydisnix-xml or"
            + " `dynadeploy xml` writes them) instead of our languages.")
    boolean xml;

    @Option(names = "--extra-params", paramLabel = "EXPR", description = "Accepted for dydisnix scripts and ignored:"
            + " it parameterises Nix services models, which DynaDeploy does not evaluate.")
    String extraParams;

    /** Says that a meaningful --extra-params is ignored ("{}" is dydisnix's default and means nothing). */
    void noteIgnored(String command, PrintWriter err) {
        if (extraParams != null && !extraParams.isBlank() && !extraParams.replaceAll("\\s", "").equals("{}")) {
            err.println(command + ": note: --extra-params is ignored; DynaDeploy models are not Nix functions");
            err.flush();
        }
    }
}
