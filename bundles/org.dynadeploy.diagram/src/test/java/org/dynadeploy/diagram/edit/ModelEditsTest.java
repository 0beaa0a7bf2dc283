package org.dynadeploy.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.dynadeploy.diagram.source.DiagramEditException;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.TextEdit;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.support.GroupPaths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every graphical edit as text: the model text and the operation go in, the text edit comes out,
 * the files are rewritten and re-parsed, and the model (and the formatter) are checked.
 */
class ModelEditsTest {

    @TempDir
    Path folder;

    EditFixture model;

    @BeforeEach
    void setUp() {
        model = new EditFixture(folder);
        model.assertFormatted();
    }

    @AfterEach
    void tearDown() {
        model.close();
    }

    private Service service(String name) {
        return model.source.read(s -> s.models().servicesByName().get(name));
    }

    private List<String> names(List<Service> services) {
        return services.stream().map(Service::getName).toList();
    }

    private DistributionModel dist() {
        return model.source.read(s -> s.models().distributions().get(0));
    }

    // ------------------------------------------------------------------ create

    @Test
    void createServiceAtTopLevelAppendsABlockAfterABlankLine() {
        ModelChange change = model.apply(e -> e.createService("", null, null));
        assertEquals("Create service service1", change.label());
        assertEquals(1, change.edits().size());
        TextEdit edit = change.edits().get(0);
        assertEquals(0, edit.length());
        assertEquals("\nservice service1 {\n}\n", edit.text());
        assertTrue(model.text("app.services").endsWith("group empty {\n}\n\nservice service1 {\n}\n"));
        assertEquals("", GroupPaths.of(service("service1")));
        model.assertFormatted();
    }

    @Test
    void createServiceInAGroupGoesBeforeItsClosingBrace() {
        model.apply(e -> e.createService("g/h", "worker", "process"));
        assertTrue(model.text("app.services").contains("""
                    group h {
                        service d {
                            connectsTo a
                        }

                        service worker: process {
                        }
                    }
                """), model.text("app.services"));
        assertEquals("g/h", GroupPaths.of(service("worker")));
        model.assertFormatted();
    }

    @Test
    void createServiceInAnEmptyGroup() {
        model.apply(e -> e.createService("empty", "x", null));
        assertTrue(model.text("app.services").endsWith("group empty {\n    service x {\n    }\n}\n"), model.text("app.services"));
        assertEquals("empty", GroupPaths.of(service("x")));
        model.assertFormatted();
    }

    @Test
    void createServiceWithATakenNameIsRefused() {
        DiagramEditException e = assertThrows(DiagramEditException.class, () -> model.change(m -> m.createService("", "a", null)));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    @Test
    void createServiceQuotesNamesThatAreNoIdentifiers() {
        model.apply(e -> e.createService("", "my service", null));
        assertTrue(model.text("app.services").contains("service \"my service\" {\n}"), model.text("app.services"));
        assertTrue(service("my service") != null);
    }

    @Test
    void freshNamesSkipTakenOnes() {
        model.apply(e -> e.createService("", null, null));
        model.apply(e -> e.createService("", null, null));
        assertTrue(service("service2") != null);
    }

    // ------------------------------------------------------------------ rename

    @Test
    void renameChangesTheNameAndEveryReferenceInEveryFile() {
        ModelChange change = model.apply(e -> e.renameService("a", "frontend"));
        // the name, d's connectsTo, the distribution and the assigned id
        assertEquals(4, change.edits().size());
        String services = model.text("app.services");
        assertTrue(services.contains("service frontend: process {"), services);
        assertTrue(services.contains("connectsTo frontend"), services);
        assertTrue(services.contains("// The app: a header comment that must stay."), services);
        assertTrue(services.contains("dependsOn b // the backend"), services);
        assertTrue(model.text("deploy.dist").startsWith("frontend => t1 in process\n"), model.text("deploy.dist"));
        assertTrue(model.text("given.ids").contains("    frontend = 3000\n"), model.text("given.ids"));
        assertEquals(List.of("frontend"), names(service("d").getConnectsTo()));
        model.assertFormatted();
    }

    @Test
    void renameToATakenNameIsRefused() {
        assertThrows(DiagramEditException.class, () -> model.change(e -> e.renameService("a", "b")));
        assertThrows(DiagramEditException.class, () -> model.change(e -> e.renameService("a", "  ")));
    }

    @Test
    void renameToTheSameNameChangesNothing() {
        assertTrue(model.change(e -> e.renameService("a", "a")).isEmpty());
    }

    @Test
    void renameTargetChangesTheDistribution() {
        model.apply(e -> e.renameTarget("t1", "alpha"));
        assertTrue(model.text("net.infra").startsWith("target alpha {"));
        assertEquals("""
                a => alpha in process
                pin b => t2
                c => alpha in mysql-database, t2
                """, model.text("deploy.dist"));
    }

    // ------------------------------------------------------------------ connect and disconnect

    @Test
    void connectAppendsToAnExistingClause() {
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "c"));
        assertTrue(model.text("app.services").contains("    dependsOn b, c // the backend\n"), model.text("app.services"));
        assertEquals(List.of("b", "c"), names(service("a").getDependsOn()));
    }

    @Test
    void connectAddsAClauseLineAfterTheDescription() {
        model.apply(e -> e.connect(ReferenceKind.CONNECTS_TO, "a", "c"));
        assertTrue(model.text("app.services").contains("""
                service a: process {
                    description "Front"
                    dependsOn b // the backend
                    connectsTo c
                    requireMem = 1
                }
                """), model.text("app.services"));
        model.assertFormatted();
    }

    @Test
    void connectInAnEmptyServiceOpensItsBody() {
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "b", "c"));
        assertTrue(model.text("app.services").contains("service b: process {\n    dependsOn c\n}\n"), model.text("app.services"));
        model.assertFormatted();
    }

    @Test
    void connectAfterStatefulInANestedService() {
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "c", "b"));
        assertTrue(model.text("app.services").contains("""
                    service c: mysql-database {
                        stateful
                        dependsOn b
                        requireMem = 2
                    }
                """), model.text("app.services"));
        model.assertFormatted();
    }

    @Test
    void connectInAOneLineService() {
        model.close();
        model = new EditFixture(folder, EditFixture.SERVICES.replace("service b: process {\n}", "service b: process { stateful }"));
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "b", "c"));
        assertTrue(model.text("app.services").contains("service b: process { stateful\n    dependsOn c\n}"), model.text("app.services"));
    }

    @Test
    void connectRefusesDuplicatesSelfReferencesAndCycles() {
        assertTrue(assertThrows(DiagramEditException.class, () -> model.change(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "b")))
                .getMessage().contains("already"));
        assertTrue(assertThrows(DiagramEditException.class, () -> model.change(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "a")))
                .getMessage().contains("itself"));
        DiagramEditException cycle = assertThrows(DiagramEditException.class,
                () -> model.change(e -> e.connect(ReferenceKind.DEPENDS_ON, "b", "a")));
        assertTrue(cycle.getMessage().contains("b -> a -> b"), cycle.getMessage());
    }

    @Test
    void disconnectTheOnlyReferenceRemovesTheClauseLine() {
        model.apply(e -> e.disconnect(ReferenceKind.DEPENDS_ON, "a", "b"));
        assertTrue(model.text("app.services").contains("""
                service a: process {
                    description "Front"
                    requireMem = 1
                }
                """), model.text("app.services"));
        assertTrue(service("a").getDependsOn().isEmpty());
        model.assertFormatted();
    }

    @Test
    void disconnectOneOfSeveralKeepsTheOthers() {
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "c"));
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "d"));
        model.apply(e -> e.disconnect(ReferenceKind.DEPENDS_ON, "a", "c"));
        assertTrue(model.text("app.services").contains("    dependsOn b, d // the backend\n"), model.text("app.services"));
        model.apply(e -> e.disconnect(ReferenceKind.DEPENDS_ON, "a", "d"));
        assertTrue(model.text("app.services").contains("    dependsOn b // the backend\n"), model.text("app.services"));
    }

    @Test
    void disconnectAMissingReferenceIsRefused() {
        assertThrows(DiagramEditException.class, () -> model.change(e -> e.disconnect(ReferenceKind.CONNECTS_TO, "a", "b")));
    }

    @Test
    void reconnectTheTargetRewritesTheReferenceInPlace() {
        model.apply(e -> e.reconnect(ReferenceKind.DEPENDS_ON, "a", "b", "a", "c"));
        assertTrue(model.text("app.services").contains("    dependsOn c // the backend\n"), model.text("app.services"));
    }

    @Test
    void reconnectTheSourceMovesTheReference() {
        model.apply(e -> e.reconnect(ReferenceKind.CONNECTS_TO, "d", "a", "c", "a"));
        assertTrue(service("d").getConnectsTo().isEmpty());
        assertEquals(List.of("a"), names(service("c").getConnectsTo()));
        assertTrue(model.text("app.services").contains("        service d {\n        }\n"), model.text("app.services"));
        model.assertFormatted();
    }

    // ------------------------------------------------------------------ delete

    @Test
    void deleteServiceRemovesItsBlockAndEveryReferenceToIt() {
        ModelChange change = model.apply(e -> e.deleteServices(List.of("b")));
        String services = model.text("app.services");
        assertFalse(services.contains("service b"), services);
        assertTrue(services.contains("""
                service a: process {
                    description "Front"
                    requireMem = 1
                }

                group g "G" {
                """), services);
        assertEquals("a => t1 in process\nc => t1 in mysql-database, t2\n", model.text("deploy.dist"));
        assertEquals(3, change.edits().size());
        model.assertFormatted();
    }

    @Test
    void deleteAServiceWithItsCommentsInside() {
        model.apply(e -> e.deleteServices(List.of("c")));
        String services = model.text("app.services");
        assertTrue(services.contains("""
                group g "G" {
                    description "The group"

                    // c is stateful
                    group h {
                """), services);
        assertEquals("a => t1 in process\npin b => t2\n", model.text("deploy.dist"));
    }

    @Test
    void deleteSeveralServicesAtOnce() {
        model.apply(e -> e.deleteServices(List.of("a", "b", "d")));
        String services = model.text("app.services");
        assertTrue(services.startsWith("// The app: a header comment that must stay.\ngroup g \"G\" {\n"), services);
        assertTrue(services.contains("    group h {\n    }\n"), services);
        model.assertFormatted();
    }

    @Test
    void deleteAnEmptyGroupButRefuseAFullOne() {
        model.apply(e -> e.deleteGroup("empty"));
        assertTrue(model.text("app.services").endsWith("    }\n}\n"), model.text("app.services"));
        DiagramEditException e = assertThrows(DiagramEditException.class, () -> model.change(m -> m.deleteGroup("g")));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    // ------------------------------------------------------------------ move

    @Test
    void moveServiceIntoAGroupReindentsItsBlock() {
        model.apply(e -> e.moveService("a", "g/h"));
        String services = model.text("app.services");
        assertTrue(services.contains("""
                    group h {
                        service d {
                            connectsTo a
                        }

                        service a: process {
                            description "Front"
                            dependsOn b // the backend
                            requireMem = 1
                        }
                    }
                """), services);
        assertTrue(services.startsWith("// The app: a header comment that must stay.\nservice b: process {\n}\n\ngroup g"), services);
        assertEquals("g/h", GroupPaths.of(service("a")));
        model.assertFormatted();
    }

    @Test
    void moveServiceToTheTopLevel() {
        model.apply(e -> e.moveService("c", ""));
        String services = model.text("app.services");
        assertTrue(services.endsWith("""
                group empty {
                }

                service c: mysql-database {
                    stateful
                    requireMem = 2
                }
                """), services);
        assertEquals("", GroupPaths.of(service("c")));
        model.assertFormatted();
    }

    @Test
    void moveServiceIntoAnEmptyGroupAndIntoItsOwnGroup() {
        model.apply(e -> e.moveService("d", "empty"));
        assertTrue(model.text("app.services").endsWith("group empty {\n    service d {\n        connectsTo a\n    }\n}\n"),
                model.text("app.services"));
        assertTrue(model.change(e -> e.moveService("d", "empty")).isEmpty());
        model.assertFormatted();
    }

    @Test
    void referencesFromUnchangedFilesFollowAReparsedFile() {
        model.apply(e -> e.connect(ReferenceKind.DEPENDS_ON, "a", "c"));
        // only app.services was parsed again: the distribution must point to its new objects
        Service a = service("a");
        assertTrue(a.eResource() != null);
        assertTrue(dist().getMappings().get(0).getService() == a);
        assertEquals("t1", dist().getMappings().get(0).getTargets().get(0).getTarget().getName());
        model.apply(e -> e.renameTarget("t2", "beta"));
        assertTrue(dist().getMappings().get(1).getTargets().get(0).getTarget()
                == model.source.read(s -> s.models().targetsByName().get("beta")));
    }

    @Test
    void referencesFromUnchangedFilesSurviveObjectsMovingInTheReparsedFile() {
        // only app.services changes; a and b change places in its lists
        model.apply(e -> e.moveService("a", "g/h"));
        assertEquals("a", dist().getMappings().get(0).getService().getName());
        assertEquals("b", dist().getMappings().get(1).getService().getName());
        assertTrue(dist().getMappings().get(0).getService() == service("a"));
        assertTrue(dist().getMappings().get(1).getService() == service("b"));
        model.apply(e -> e.deleteServices(List.of("d")));
        assertTrue(dist().getMappings().get(2).getService() == service("c"));
    }

    // ------------------------------------------------------------------ deployment

    @Test
    void moveDeploymentRewritesTheTargetAndPinsTheMapping() {
        model.apply(e -> e.moveDeployment(dist(), "a", "t1", "t2", null));
        assertEquals("pin a => t2 in process\npin b => t2\nc => t1 in mysql-database, t2\n", model.text("deploy.dist"));
    }

    @Test
    void moveDeploymentDropsAContainerTheNewTargetLacks() {
        model.apply(e -> e.moveDeployment(dist(), "c", "t1", "t1", "process"));
        assertEquals("a => t1 in process\npin b => t2\npin c => t1 in process, t2\n", model.text("deploy.dist"));
        DiagramEditException e = assertThrows(DiagramEditException.class,
                () -> model.change(m -> m.moveDeployment(dist(), "c", "t1", "t2", null)));
        assertTrue(e.getMessage().contains("already"), e.getMessage());
        model.apply(m -> m.moveDeployment(dist(), "b", "t2", "t1", null));
        assertEquals("a => t1 in process\npin b => t1\npin c => t1 in process, t2\n", model.text("deploy.dist"));
    }

    @Test
    void undeployRemovesOneTargetOrTheMapping() {
        model.apply(e -> e.undeploy(dist(), "c", "t1"));
        assertEquals("a => t1 in process\npin b => t2\nc => t2\n", model.text("deploy.dist"));
        model.apply(e -> e.undeploy(dist(), "c", "t2"));
        assertEquals("a => t1 in process\npin b => t2\n", model.text("deploy.dist"));
        assertNull(dist().getMappings().stream().filter(m -> m.getService().getName().equals("c")).findFirst().orElse(null));
    }
}
