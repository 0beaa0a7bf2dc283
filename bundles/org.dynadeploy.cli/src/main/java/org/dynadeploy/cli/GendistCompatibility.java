package org.dynadeploy.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * dydisnix-gendist's options that concern Nix and Disnix profiles. Those that only change how
 * nix-build reports its result are accepted and ignored, so scripts run unchanged; those whose
 * feature DynaDeploy does differently stop with a message that says what to use instead.
 */
final class GendistCompatibility {

    @Option(names = "--no-out-link", hidden = true)
    boolean noOutLink;

    @Option(names = "--stdout", hidden = true)
    boolean stdout;

    @Option(names = "--show-trace", hidden = true)
    boolean showTrace;

    /** Only used by --filter-buildable upstream. */
    @Option(names = "--target-property", hidden = true)
    String targetProperty;

    /** Only used by --filter-buildable upstream. */
    @Option(names = "--interface", hidden = true)
    String clientInterface;

    @Option(names = {"-F", "--filters"}, hidden = true)
    Path filters;

    @Option(names = "--filter-buildable", hidden = true)
    boolean filterBuildable;

    @Option(names = {"-p", "--profile"}, hidden = true)
    String profile;

    @Option(names = "--coordinator-profile-path", hidden = true)
    Path coordinatorProfilePath;

    /** Refuses the dydisnix options whose feature works differently here. */
    void check() {
        if (filters != null) {
            throw new UserException("-F/--filters: DynaDeploy has no Nix filter catalogs; declare custom filters in the"
                    + " policy (filter NAME = java \"CLASS\" or program \"PATH\"), next to the built-in ones");
        }
        if (filterBuildable) {
            throw new UserException("--filter-buildable is not supported: it needs Nix to instantiate every package on"
                    + " every target; filter candidates in the policy instead (e.g. mapAttrOnList on supportedTypes)");
        }
        if (profile != null || coordinatorProfilePath != null) {
            throw new UserException((profile != null ? "-p/--profile" : "--coordinator-profile-path")
                    + ": DynaDeploy does not read Disnix coordinator profiles; give the distribution of the previous"
                    + " deployment with --previous FILE (a .dist file, or distribution XML with --xml)");
        }
    }
}
