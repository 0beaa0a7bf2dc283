package org.dynadeploy.model.policy;

/** What a filter expects the values of a named property to be, on every service or target. */
public enum ValueShape {
    /** Any value: compared with Nix structural equality. */
    ANY,
    /** A list: the filter tests membership ({@code elem}). */
    LIST,
    /** A number: the C tools read it with {@code atoi} (capacities, requirements, costs). */
    NUMBER,
    /** Numbers or strings, all of one kind: sorted with {@code builtins.lessThan}. */
    ORDERABLE
}
