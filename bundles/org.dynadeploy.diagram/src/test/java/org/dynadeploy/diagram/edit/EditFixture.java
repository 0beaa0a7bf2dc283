package org.dynadeploy.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.function.Function;

import org.dynadeploy.diagram.TestModels;
import org.dynadeploy.diagram.source.FolderDiagramSource;
import org.dynadeploy.diagram.source.ModelChange;
import org.dynadeploy.diagram.source.SourceSnapshot;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/** A small model in a temporary folder, edited through a {@link FolderDiagramSource}. */
public final class EditFixture implements AutoCloseable {

    public static final String SERVICES = """
            // The app: a header comment that must stay.
            service a: process {
                description "Front"
                dependsOn b // the backend
                requireMem = 1
            }

            service b: process {
            }

            group g "G" {
                description "The group"

                // c is stateful
                service c: mysql-database {
                    stateful
                    requireMem = 2
                }

                group h {
                    service d {
                        connectsTo a
                    }
                }
            }

            group empty {
            }
            """;

    public static final String INFRA = """
            target t1 {
                system "x86_64-linux"
                mem = 100
                container process
                container mysql-database
            }

            target t2 {
                container process
            }
            """;

    public static final String DIST = """
            a => t1 in process
            pin b => t2
            c => t1 in mysql-database, t2
            """;

    public static final String IDS = """
            ids ports {
                a = 3000
            }
            """;

    public final Path folder;
    public final FolderDiagramSource source;

    public EditFixture(Path folder) {
        this(folder, SERVICES);
    }

    public EditFixture(Path folder, String services) {
        this.folder = folder;
        TestModels.write(folder.resolve("app.services"), services);
        TestModels.write(folder.resolve("net.infra"), INFRA);
        TestModels.write(folder.resolve("deploy.dist"), DIST);
        TestModels.write(folder.resolve("given.ids"), IDS);
        this.source = new FolderDiagramSource(folder);
    }

    public String text(String file) {
        return TestModels.read(folder.resolve(file));
    }

    ModelChange change(Function<ModelEdits, ModelChange> operation) {
        return source.read(snapshot -> operation.apply(new ModelEdits(snapshot)));
    }

    /** Computes the change, applies it, and checks the model reloads without errors. */
    ModelChange apply(Function<ModelEdits, ModelChange> operation) {
        long[] version = new long[1];
        ModelChange change = source.read(snapshot -> {
            version[0] = snapshot.version();
            return operation.apply(new ModelEdits(snapshot));
        });
        source.apply(change, version[0]);
        assertFalse(source.read(SourceSnapshot::hasErrors), () -> "errors after " + change.label() + ": "
                + source.read(SourceSnapshot::problems));
        return change;
    }

    /** Every model file is as the formatter would write it. */
    public void assertFormatted() {
        source.read(snapshot -> {
            for (Resource resource : snapshot.models().servicesModels().get(0).eResource().getResourceSet().getResources()) {
                XtextResource xtext = (XtextResource) resource;
                String text = xtext.getParseResult().getRootNode().getText();
                assertEquals(text, Formatting.format(xtext), () -> "not formatted: " + resource.getURI().lastSegment());
            }
            return null;
        });
    }

    @Override
    public void close() {
        source.close();
    }
}
