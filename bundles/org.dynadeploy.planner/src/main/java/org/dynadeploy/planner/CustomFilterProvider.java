package org.dynadeploy.planner;

import java.util.List;

/**
 * Supplies a custom filter written in Java. A policy declares it with
 * {@code filter clear = java "org.example.ClearFilters"} and calls it like a built-in filter.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: list the implementation class in
 * {@code META-INF/services/org.dynadeploy.planner.CustomFilterProvider} of a jar on the class path.
 * The declaration's implementation string selects the provider: it must equal the provider's
 * {@link #id()} or its fully qualified class name. Without a registration, the string may also
 * name a public class with a no-argument constructor that implements this interface or
 * {@link FilterStep} directly. Nothing is loaded unless a policy declares it.
 */
public interface CustomFilterProvider {

    /** A short stable name a policy may use instead of the class name. */
    String id();

    /**
     * Creates the filter for one declaration.
     *
     * @param name      the name the policy gives the filter (the one it is called by)
     * @param arguments the declaration's {@code with "..."} strings, in order
     */
    FilterStep create(String name, List<String> arguments);
}
