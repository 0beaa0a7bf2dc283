package org.dynadeploy.cli;

import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.planner.CandidateDistribution;

import picocli.CommandLine.Option;

/**
 * Output options of the commands named after dydisnix's C filter tools: their Nix candidate form
 * by default, distribution XML with {@code --output-xml}, to stdout or a file.
 */
final class CandidateOutput {

    @Option(names = "--output-xml", description = "Write distribution XML instead of the Nix candidate distribution.")
    boolean xml;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically) instead of stdout.")
    java.nio.file.Path file;

    /** Refuses an output that is a folder before any work is done. */
    ResultOutput destination() {
        ResultOutput output = new ResultOutput(file, true);
        output.checkWritable();
        return output;
    }

    /** @param inputHadContainers whether the input distribution named containers (dydisnix then prints attribute sets) */
    String render(CandidateDistribution result, boolean inputHadContainers) {
        return xml ? DistributionXml.write(result.toModel()) : CandidateNix.write(result, inputHadContainers);
    }
}
