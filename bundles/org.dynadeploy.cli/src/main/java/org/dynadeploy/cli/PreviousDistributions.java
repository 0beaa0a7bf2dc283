package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.ServiceMapping;
import org.dynadeploy.model.TargetMapping;
import org.eclipse.xtext.diagnostics.Diagnostic;

/**
 * A previous distribution describes the last deployment, so it may name services and targets that
 * have gone since. As the planner does for XML (reference: docs/dydisnix-compatibility.md,
 * "Previous distribution"), such mappings are ignored with a warning instead of stopping the run:
 * the linker's "unknown service/target" errors in the previous files become warnings, and the
 * unresolved mappings are removed before planning.
 */
final class PreviousDistributions {

    private PreviousDistributions() {
    }

    /** The load result with the linking errors of the given files turned into warnings. */
    static LoadResult relax(LoadResult result, Collection<Path> previousFiles) {
        Set<Path> files = previousFiles.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : result.problems()) {
            boolean unresolved = problem.isError() && Diagnostic.LINKING_DIAGNOSTIC.equals(problem.code())
                    && files.contains(problem.file().toAbsolutePath().normalize());
            problems.add(unresolved ? new Problem(problem.file(), problem.line(), problem.column(),
                    Problem.Severity.WARNING, problem.message()
                            + " (the previous distribution's mapping is ignored)", problem.code()) : problem);
        }
        return new LoadResult(result.models(), problems, result.resourceSet());
    }

    /** Removes the mappings whose service or target did not resolve. */
    static void dropUnresolved(DistributionModel distribution) {
        distribution.getMappings().removeIf(mapping -> mapping.getService() == null || mapping.getService().eIsProxy());
        for (ServiceMapping mapping : distribution.getMappings()) {
            mapping.getTargets().removeIf(PreviousDistributions::unresolved);
        }
    }

    private static boolean unresolved(TargetMapping mapping) {
        return mapping.getTarget() == null || mapping.getTarget().eIsProxy();
    }
}
