package org.dynadeploy.planner.custom;

import static org.dynadeploy.planner.Policies.asMap;
import static org.dynadeploy.planner.Policies.call;
import static org.dynadeploy.planner.Policies.customFilter;
import static org.dynadeploy.planner.Policies.initial;
import static org.dynadeploy.planner.Policies.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.dynadeploy.model.CustomFilterKind;
import org.dynadeploy.model.Policy;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;
import org.dynadeploy.planner.PolicyExecutor;
import org.dynadeploy.planner.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External filter programs, called like dydisnix's C filters. */
class ProgramFilterTest {

    @TempDir
    Path directory;

    private Path script(String name, String body) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    private static Policy policyCalling(Path program, Object... arguments) {
        Policy policy = policy(call("external", call("mapListOnAttr", initial(), "servicePropertyList", "requireZones",
                "targetProperty", "zone"), arguments));
        policy.getFilters().add(customFilter("external", CustomFilterKind.PROGRAM, program.toString(), "--verbose"));
        return policy;
    }

    private static PlanningContext context(Duration timeout) {
        return PlanningContext.builder(TestModels.dydisnix()).programTimeout(timeout).build();
    }

    @Test
    void readsTheDistributionTheProgramPrints() throws IOException {
        // Prints its input distribution unchanged.
        Path program = script("identity", "while [ $# -gt 0 ]; do [ \"$1\" = --distribution ] && d=\"$2\"; shift; done\ncat \"$d\"");
        assertEquals("{testService1=[testtarget1], testService2=[testtarget2], testService3=[testtarget1, testtarget2]}",
                asMap(new PolicyExecutor().execute(policyCalling(program), context(Duration.ofSeconds(30)))
                        .distribution()).toString());
    }

    @Test
    void failuresShowTheProgramsErrorOutputAndItsArguments() throws IOException {
        Path program = script("fail", "echo \"boom: $*\" | sed 's#/[^ ]*/##g' >&2\nexit 3");
        PlanningException error = assertThrows(PlanningException.class, () -> new PolicyExecutor()
                .execute(policyCalling(program, "serviceProperty", "requireMem"), context(Duration.ofSeconds(30))));
        assertEquals("filter 'external': program '" + program + "' exited with status 3; its error output:\n"
                + "boom: --services services.xml --infrastructure infrastructure.xml --distribution distribution.xml"
                + " --xml --output-xml --verbose --service-property=requireMem", error.getMessage());
    }

    @Test
    void aProgramThatHangsIsStopped() throws IOException {
        Path program = script("hang", "sleep 30");
        PlanningException error = assertThrows(PlanningException.class,
                () -> new PolicyExecutor().execute(policyCalling(program), context(Duration.ofMillis(500))));
        assertTrue(error.getMessage().startsWith("filter 'external': program '" + program
                + "' did not finish within 500 ms and was stopped"), error.getMessage());
    }

    @Test
    void garbageOutputAndMissingProgramsAreReported() throws IOException {
        Path program = script("garbage", "echo hello");
        assertTrue(assertThrows(PlanningException.class, () -> new PolicyExecutor().execute(policyCalling(program),
                context(Duration.ofSeconds(30)))).getMessage().startsWith("filter 'external': program '" + program
                        + "' printed no valid distribution XML"));
        Path missing = directory.resolve("missing");
        assertTrue(assertThrows(PlanningException.class, () -> new PolicyExecutor().execute(policyCalling(missing),
                context(Duration.ofSeconds(30)))).getMessage().startsWith("filter 'external': program '" + missing
                        + "' could not be run: "));
    }

    @Test
    void optionNamesAreDydisnixs() {
        assertEquals("service-property", ProgramFilter.kebab("serviceProperty"));
        assertEquals("target-property-list", ProgramFilter.kebab("targetPropertyList"));
        assertEquals("strategy", ProgramFilter.kebab("strategy"));
    }
}
