package org.dynadeploy.cli.tests;

import static org.dynadeploy.cli.tests.Outcomes.assertStderrContains;
import static org.dynadeploy.cli.tests.Outcomes.assertSuccess;
import static org.dynadeploy.cli.tests.Outcomes.assertUserError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.dynadeploy.cli.tests.Cli.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dynadeploy augment-infra}: rules applied in order, and secrets that stay references
 * everywhere except in the Disnix XML written with --resolve-secrets.
 */
class AugmentInfraTest {

    private static final String PASSWORD = "pa55-w0rd-from-env";
    private static final String TOKEN = "t0ken-from-secrets-file";

    @TempDir
    Path dir;

    @BeforeEach
    void writeModels() {
        Fixtures.write(dir.resolve("network.infra"), """
                target db1 {
                    zone = "Europe"
                    container mysql-database {
                        mysqlPort = 3306
                    }
                }

                target web1 {
                    zone = "US"
                }

                augment credentials targets with container mysql-database {
                    container mysql-database {
                        mysqlPassword = env("DD_TEST_PASSWORD")
                    }
                }
                """);
        Fixtures.write(dir.resolve("monitoring.infra"), """
                augment monitoring all targets {
                    monitoringToken = secret("monitoring/token")
                }

                augment europe targets where zone = "Europe" {
                    backupServer = "backup.eu.example.org"
                }
                """);
        Fixtures.write(dir.resolve("secrets.properties"), "monitoring/token = " + TOKEN + "\n");
    }

    private Cli cli() {
        return Cli.in(dir).env("DD_TEST_PASSWORD", PASSWORD);
    }

    private static void assertNoSecretValue(Run run) {
        for (String value : new String[] {PASSWORD, TOKEN}) {
            assertFalse(run.stdout().contains(value), () -> "a secret value on stdout:\n" + run);
            assertFalse(run.stderr().contains(value), () -> "a secret value on stderr:\n" + run);
        }
    }

    @Test
    void ourLanguageShowsSecretsAsReferences() {
        Run run = cli().run("augment-infra", "-i", "network.infra", "-a", "monitoring.infra", "--secrets",
                "secrets.properties");
        assertSuccess(run);
        assertNoSecretValue(run);
        String text = run.stdout();
        assertTrue(text.contains("mysqlPassword = env(\"DD_TEST_PASSWORD\")"), text);
        assertTrue(text.contains("monitoringToken = secret(\"monitoring/token\")"), text);
        assertTrue(text.contains("backupServer = \"backup.eu.example.org\""), text);
        assertFalse(text.contains("augment "), "the rules are applied, not copied:\n" + text);
        assertEquals(1, text.split("backupServer", -1).length - 1, "only db1 is in Europe:\n" + text);
        assertStderrContains(run, "--secrets is only read with --output-xml --resolve-secrets");
    }

    @Test
    void disnixXmlNeedsResolveSecretsToHoldValues() {
        Run refused = cli().run("augment-infra", "-i", "network.infra", "-a", "monitoring.infra", "--output-xml");
        assertUserError(refused);
        assertNoSecretValue(refused);
        assertStderrContains(refused, "target 'db1', container 'mysql-database', property 'mysqlPassword':"
                + " env(\"DD_TEST_PASSWORD\")");
        assertStderrContains(refused, "target 'web1', property 'monitoringToken': secret(\"monitoring/token\")");
        assertStderrContains(refused, "give --resolve-secrets");
    }

    @Test
    void resolvedValuesAppearOnlyInTheDisnixXml() {
        Run run = cli().run("augment-infra", "-i", "network.infra", "-a", "monitoring.infra", "--output-xml",
                "--resolve-secrets", "--secrets", "secrets.properties", "-o", "infrastructure.xml");
        assertSuccess(run);
        assertNoSecretValue(run);
        String xml = Fixtures.read(dir.resolve("infrastructure.xml"));
        assertTrue(xml.contains("<property name=\"mysqlPassword\" type=\"string\">" + PASSWORD + "</property>"), xml);
        assertTrue(xml.contains("<property name=\"monitoringToken\" type=\"string\">" + TOKEN + "</property>"), xml);
    }

    @Test
    void aMissingSecretIsNamedWithoutAnyValue() {
        // The password is in the environment, the token's file is not given: only the token is missing.
        Run run = cli().run("augment-infra", "-i", "network.infra", "-a", "monitoring.infra", "--output-xml",
                "--resolve-secrets", "--debug");
        assertEquals(1, run.exit(), run::toString);
        assertNoSecretValue(run);
        assertStderrContains(run, "target 'db1', property 'monitoringToken'");
        assertStderrContains(run, "(\"monitoring/token\")");
        assertStderrContains(run, "no secrets file was given");
    }

    @Test
    void rulesApplyToDisnixXmlInfrastructure() {
        Fixtures.write(dir.resolve("infrastructure.xml"), """
                <infrastructure version="2">
                  <target name="db2">
                    <properties type="attrs"><property name="zone" type="string">Europe</property></properties>
                  </target>
                </infrastructure>
                """);
        Run run = cli().run("augment-infra", "--xml", "-i", "infrastructure.xml", "-a", "monitoring.infra",
                "--output-xml", "--resolve-secrets", "--secrets", "secrets.properties");
        assertSuccess(run);
        assertTrue(run.stdout().contains("<target name=\"db2\">"), run::toString);
        assertTrue(run.stdout().contains("backup.eu.example.org"), run::toString);
        assertTrue(run.stdout().contains(TOKEN), run::toString);
    }
}
