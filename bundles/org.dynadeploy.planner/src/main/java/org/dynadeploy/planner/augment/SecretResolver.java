package org.dynadeploy.planner.augment;

import java.util.Optional;

import org.dynadeploy.model.SecretSource;

/**
 * Looks up secret values referenced by the infrastructure ({@code env("X")}, {@code file("k")}).
 * Secrets are resolved only when the infrastructure is augmented for deployment, never while
 * models are edited, validated or printed.
 */
public interface SecretResolver {

    /** The value, or empty when it is not available. */
    Optional<String> resolve(SecretSource source, String key);

    /** Why a secret is not available and how to provide it (must never contain a secret value). */
    default String whyMissing(SecretSource source, String key) {
        return source == SecretSource.ENV ? "the environment variable " + key + " is not set"
                : "no secrets file provides '" + key + "'";
    }
}
