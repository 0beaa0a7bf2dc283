package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dynadeploy filter}: one reference filter of the QoS library, applied on its own. */
@Command(name = "filter", sortOptions = false,
        description = {"Applies one filter of the dydisnix filter library to a candidate distribution.",
                "FILTER and its parameters carry their dydisnix names: mapAttrOnAttr, mapAttrOnList, mapListOnAttr,"
                        + " mapStatefulToPrevious, mapBoundServicesToPrevious, divideRoundRobin, order, divide,"
                        + " minsetcover, multiwaycut, graphcol. The input is -d (without it, the initial distribution:"
                        + " every service on every target). The result is the candidate distribution in dydisnix's Nix"
                        + " form, or distribution XML with --output-xml."},
        footer = {"", "Examples:",
                "  dynadeploy filter mapAttrOnList -s model/ -i model/ \\",
                "      --param serviceProperty=type --param targetPropertyList=supportedTypes",
                "  dynadeploy filter order --xml -s services.xml -i infrastructure.xml -d distribution.xml \\",
                "      --param targetProperty=priority --output-xml",
                "  dynadeploy filter mapStatefulToPrevious -s model/ -i model/ -d candidates.dist --previous last.dist",
                "  dynadeploy filter divide -s model/ -i model/ --param strategy=greedy,serviceProperty=requireMem,"
                        + "targetProperty=mem",
                "", "Exit status: 0 written, 1 error in the input or the filter failed (nothing written), 2 wrong usage."})
final class FilterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILTER", description = "The filter's dydisnix name.")
    String filter;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model.")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE",
            description = "The candidate distribution to filter (default: the initial distribution).")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE",
            description = "The distribution of the previous deployment (for mapStatefulToPrevious and"
                    + " mapBoundServicesToPrevious).")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE", split = ",",
            description = "A parameter of the filter, e.g. serviceProperty=requireMem; repeat it, or separate"
                    + " several with commas.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    InputFormat format;

    @Mixin
    CandidateOutput output;

    @Override
    public Integer call() {
        return FilterRun.run(spec, filter, parameters, format, output, services, infrastructure, distribution, previous);
    }
}
