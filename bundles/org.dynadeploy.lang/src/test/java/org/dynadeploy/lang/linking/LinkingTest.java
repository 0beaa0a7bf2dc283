package org.dynadeploy.lang.linking;

import static org.dynadeploy.lang.testing.IssueAssertions.assertClean;
import static org.dynadeploy.lang.testing.IssueAssertions.assertIssueAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.lang.loading.Problem;
import org.dynadeploy.lang.testing.ExampleModels;
import org.dynadeploy.lang.testing.Workspace;
import org.dynadeploy.lang.validation.IssueCodes;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names resolve across files; names that do not resolve say what was meant. */
class LinkingTest {

    @Test
    void aServiceDependsOnAServiceOfAnotherFile() {
        Workspace workspace = new Workspace()
                .file("web.services", "service web { dependsOn db }")
                .file("data.services", "service db { }");
        assertClean(workspace.issues("web.services"));
        Service web = workspace.root("web.services", ServicesModel.class).getServices().get(0);
        assertSame(workspace.root("data.services", ServicesModel.class).getServices().get(0), web.getDependsOn().get(0));
    }

    @Test
    void aDistributionNamesServicesAndTargetsOfOtherFiles() {
        Workspace workspace = ExampleModels.workspace();
        DistributionModel distribution = workspace.root("distribution.dist", DistributionModel.class);
        Target test1 = distribution.getMappings().get(0).getTargets().get(0).getTarget();
        assertFalse(test1.eIsProxy());
        assertEquals("infrastructure.infra", test1.eResource().getURI().lastSegment());
        assertEquals("services.services", distribution.getMappings().get(0).getService().eResource().getURI().lastSegment());
    }

    @Test
    void anUnknownServiceSuggestsTheNearestOne() {
        String text = "service web { dependsOn roomdb }\nservice roomsdb { }";
        Issue issue = assertIssueAt(Workspace.issuesOf("a.services", text), IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR,
                text, "roomdb");
        assertEquals("unknown service 'roomdb'; did you mean 'roomsdb'? Declare it in a .services file or fix the name.",
                issue.getMessage());
        assertEquals(List.of("roomdb", "roomsdb"), List.of(issue.getData()));
    }

    @Test
    void anUnknownServiceWithNothingCloseSaysWhereToDeclareIt() {
        List<Issue> issues = Workspace.issuesOf("a.services", "service web { connectsTo cache }");
        assertEquals("unknown service 'cache'. Declare it in a .services file or fix the name.", issues.get(0).getMessage());
    }

    @Test
    void anUnknownTargetSuggestsTheNearestOne() {
        String text = "rooms => tset1";
        List<Issue> issues = ExampleModels.workspaceWith("distribution.dist", text).issues("distribution.dist");
        Issue issue = assertIssueAt(issues, IssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, text, "tset1");
        assertEquals("unknown target 'tset1'; did you mean 'test1'? Declare it in an .infra file or fix the name.",
                issue.getMessage());
    }

    @Test
    void unknownTargetsInSelectorsAndServicesInDistributions() {
        assertEquals("unknown target 'box'. Declare it in an .infra file or fix the name.",
                Workspace.issuesOf("a.infra", "augment r target box { a = 1 }").get(0).getMessage());
        List<Issue> issues = ExampleModels.workspaceWith("distribution.dist", "room => test1").issues("distribution.dist");
        assertEquals("unknown service 'room'; did you mean 'rooms'? Declare it in a .services file or fix the name.",
                issues.get(0).getMessage());
    }

    @Test
    void aStepUsedBeforeItsDeclarationSaysSo() {
        List<Issue> issues = Workspace.issuesOf("p.qos", "policy p { let a = b let b = initial result a }");
        assertEquals("step 'b' is declared after this use; a step can only use the steps before it: move 'b' up",
                issues.stream().filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).findFirst().orElseThrow()
                        .getMessage());
    }

    @Test
    void aStepCannotUseItself() {
        List<Issue> issues = Workspace.issuesOf("p.qos", "policy p { let a = divideRoundRobin(a) result a }");
        assertTrue(issues.stream().anyMatch(i -> i.getMessage().equals(
                "step 'a' cannot use itself; use an earlier step, initial or previous")), issues::toString);
    }

    @Test
    void anUnknownStepSuggestsStepsAndKeywords() {
        List<Issue> issues = Workspace.issuesOf("p.qos", "policy p { let typed = initial result typd }");
        assertEquals("unknown step 'typd'; did you mean 'typed'? Declare it with 'let typd = ...' before this use or fix the name.",
                issues.get(0).getMessage());
        List<Issue> keyword = Workspace.issuesOf("p.qos", "policy p { result initil }");
        assertTrue(keyword.get(0).getMessage().startsWith("unknown step 'initil'; did you mean 'initial'?"),
                keyword.get(0).getMessage());
    }

    @Test
    void theLoaderLinksFilesOfAFolder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("web.services"), "service web { dependsOn db }");
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/db.services"), "service db { }");
        Files.writeString(folder.resolve("net.infra"), "target box { hostname = \"box\" }");
        Files.writeString(folder.resolve("now.dist"), "web => box\ndb => box");
        LoadResult result = new ModelLoader().load(List.of(folder));
        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals("db", result.models().servicesByName().get("web").getDependsOn().get(0).getName());
    }

    @Test
    void theLoaderReportsUnknownNamesWithTheBetterMessage(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("web.services"), "service web {\n    dependsOn dbb\n}\nservice db { }");
        LoadResult result = new ModelLoader().load(List.of(folder));
        Problem problem = result.errors().get(0);
        assertEquals(folder.resolve("web.services").toAbsolutePath().normalize() + ":2:15: error: unknown service 'dbb'; "
                + "did you mean 'db'? Declare it in a .services file or fix the name.", problem.format());
    }
}
