package org.dynadeploy.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/** {@code --xml} and dydisnix's {@code --extra-params}, shared by the planning commands. */
final class InputFormat {

    @Option(names = "--xml", description = "The models are Disnix XML files (as dydisnix-xml or `dynadeploy xml`"
            + " writes them) instead of our languages; a QoS policy (-q) and augmentation rules (-a) stay .qos"
            + " and .infra files.")
    boolean xml;

    @Option(names = "--extra-params", paramLabel = "EXPR", description = "Accepted for dydisnix scripts and"
            + " ignored: it parameterises Nix services models, which DynaDeploy does not evaluate.")
    String extraParams;

    /** Says that a meaningful --extra-params is ignored ("{}" is dydisnix's default and means nothing). */
    void noteIgnored(String command, PrintWriter err) {
        if (extraParams != null && !extraParams.isBlank() && !extraParams.replaceAll("\\s", "").equals("{}")) {
            err.println(command + ": note: --extra-params is ignored; DynaDeploy models are not Nix functions");
            err.flush();
        }
    }
}
