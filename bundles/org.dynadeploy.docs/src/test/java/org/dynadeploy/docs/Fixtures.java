package org.dynadeploy.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.loading.LoadResult;
import org.dynadeploy.lang.loading.ModelLoader;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.support.ModelSet;

/** Models for the tests, written the way users write them and loaded by the real loader. */
final class Fixtures {

    /** The dydisnix docs test model (§7.4): portal and portaldb at the root, services/{logging,reporting}. */
    static final String WORKED_EXAMPLE = """
            service portal : webapp {
                description "The portal"
                dependsOn portaldb, loggingapi, reportingapi
            }
            service portaldb : mysql-database { description "Portal data" }
            group services {
                service errordb : mysql-database { description "Errors" }
                group logging {
                    service loggingapi : process { dependsOn loggingdb, errordb }
                    service loggingdb : mysql-database { }
                }
                group reporting {
                    service reportingapi : process { dependsOn reportingdb, errordb }
                    service reportingdb : mysql-database { }
                }
            }
            """;

    static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../../examples").normalize();

    private Fixtures() {
    }

    /** Loads files given as name → text from a fresh directory; fails the test on model errors. */
    static ModelSet load(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return loadFolder(dir);
    }

    static ModelSet loadFolder(Path dir) throws IOException {
        LoadResult result = new ModelLoader().load(List.of(dir));
        assertFalse(result.hasErrors(), () -> "model errors: " + result.errors());
        return result.models();
    }

    static ModelSet workedExample(Path dir) throws IOException {
        return load(dir, Map.of("example.services", WORKED_EXAMPLE));
    }

    static DistributionModel distribution(ModelSet models) {
        return models.distributions().isEmpty() ? null : models.distributions().get(0);
    }

    static IdsModel ids(ModelSet models) {
        return models.idsModels().isEmpty() ? null : models.idsModels().get(0);
    }
}
