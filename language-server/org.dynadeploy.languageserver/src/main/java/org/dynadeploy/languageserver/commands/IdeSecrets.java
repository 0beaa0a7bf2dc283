package org.dynadeploy.languageserver.commands;

import java.util.Optional;

import org.dynadeploy.model.SecretSource;
import org.dynadeploy.planner.augment.SecretResolver;

/**
 * Secrets while planning in the editor: never read. A plan only decides where services go; a
 * secret's value cannot change that in any reference filter, and the editor must not need the
 * production environment to show a plan. Every secret resolves to a fixed placeholder.
 */
final class IdeSecrets implements SecretResolver {

    static final String PLACEHOLDER = "<secret not read by the editor>";

    @Override
    public Optional<String> resolve(SecretSource source, String key) {
        return Optional.of(PLACEHOLDER);
    }

    @Override
    public String whyMissing(SecretSource source, String key) {
        return "secrets are not read while planning in the editor";
    }
}
