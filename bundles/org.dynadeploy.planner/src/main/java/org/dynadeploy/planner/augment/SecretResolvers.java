package org.dynadeploy.planner.augment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.dynadeploy.model.SecretSource;
import org.dynadeploy.planner.PlanningException;

/** The standard resolvers: environment variables and a secrets properties file. */
public final class SecretResolvers {

    private SecretResolvers() {
    }

    /** {@code env} secrets from the process environment, {@code file} secrets from the given file (may be null). */
    public static SecretResolver standard(Path secretsFile) {
        return standard(System.getenv(), secretsFile);
    }

    /**
     * @param environment the variables {@code env} secrets come from
     * @param secretsFile a Java properties file (UTF-8) for {@code file} secrets; null when there is none
     */
    public static SecretResolver standard(Map<String, String> environment, Path secretsFile) {
        Map<String, String> variables = Map.copyOf(environment);
        Properties file = secretsFile == null ? null : load(secretsFile);
        return new SecretResolver() {
            @Override
            public Optional<String> resolve(SecretSource source, String key) {
                if (source == SecretSource.ENV) return Optional.ofNullable(variables.get(key));
                return file == null ? Optional.empty() : Optional.ofNullable(file.getProperty(key));
            }

            @Override
            public String whyMissing(SecretSource source, String key) {
                if (source == SecretSource.ENV) return "the environment variable " + key + " is not set";
                return secretsFile == null ? "it comes from the secrets file, but no secrets file was given"
                        : "the secrets file " + secretsFile + " has no key '" + key + "'";
            }
        };
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new PlanningException("cannot read the secrets file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new PlanningException("the secrets file " + file + " is not a valid properties file: " + e.getMessage(), e);
        }
        return properties;
    }
}
