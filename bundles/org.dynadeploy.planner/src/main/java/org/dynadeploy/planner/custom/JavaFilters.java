package org.dynadeploy.planner.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.planner.CandidateDistribution;
import org.dynadeploy.planner.CustomFilterProvider;
import org.dynadeploy.planner.FilterStep;
import org.dynadeploy.planner.Parameters;
import org.dynadeploy.planner.PlanningContext;
import org.dynadeploy.planner.PlanningException;

/**
 * Creates the filter a {@code java} declaration names: a {@link CustomFilterProvider} registered
 * with {@link ServiceLoader} whose id or class name matches, or else a class of that name that
 * implements {@link CustomFilterProvider} or {@link FilterStep}.
 */
public final class JavaFilters {

    private JavaFilters() {
    }

    public static FilterStep create(CustomFilter declaration, ClassLoader loader) {
        String wanted = declaration.getImplementation();
        List<String> available = new ArrayList<>();
        try {
            for (CustomFilterProvider provider : ServiceLoader.load(CustomFilterProvider.class, loader)) {
                if (provider.id().equals(wanted) || provider.getClass().getName().equals(wanted)) {
                    FilterStep step = provider.create(declaration.getName(), List.copyOf(declaration.getArguments()));
                    if (step == null) {
                        throw new PlanningException("filter '" + declaration.getName() + "': provider '" + wanted
                                + "' created no filter");
                    }
                    return new Renamed(declaration.getName(), step);
                }
                available.add(provider.id() + " (" + provider.getClass().getName() + ")");
            }
        } catch (ServiceConfigurationError error) {
            throw new PlanningException("filter '" + declaration.getName() + "': cannot load Java filter providers: "
                    + error.getMessage(), error);
        }
        FilterStep direct = byClassName(declaration, loader);
        if (direct != null) return direct;
        throw new PlanningException("filter '" + declaration.getName() + "': no Java filter provider '" + wanted
                + "' on the class path" + (available.isEmpty() ? " (none is installed; list yours in"
                        + " META-INF/services/" + CustomFilterProvider.class.getName() + ")"
                        : " (installed: " + String.join(", ", available) + ")"));
    }

    /**
     * Without a registered provider, the implementation may name a public class with a no-argument
     * constructor that implements {@link CustomFilterProvider} or {@link FilterStep} itself.
     */
    private static FilterStep byClassName(CustomFilter declaration, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(declaration.getImplementation(), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!CustomFilterProvider.class.isAssignableFrom(type) && !FilterStep.class.isAssignableFrom(type)) {
            throw new PlanningException("filter '" + declaration.getName() + "': class " + type.getName()
                    + " implements neither " + CustomFilterProvider.class.getName() + " nor " + FilterStep.class.getName());
        }
        Object instance;
        try {
            instance = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new PlanningException("filter '" + declaration.getName() + "': cannot create " + type.getName()
                    + " (it needs a public constructor without arguments): " + e, e);
        }
        FilterStep step = instance instanceof CustomFilterProvider provider
                ? provider.create(declaration.getName(), List.copyOf(declaration.getArguments()))
                : (FilterStep) instance;
        return new Renamed(declaration.getName(), step);
    }

    /** The policy calls the filter by its declared name; explanations should use that name too. */
    private record Renamed(String name, FilterStep step) implements FilterStep {

        @Override
        public CandidateDistribution apply(PlanningContext context,
                CandidateDistribution input, Parameters parameters) {
            return step.apply(context, input, parameters);
        }

        @Override
        public Set<String> requiredParameters() {
            return step.requiredParameters();
        }

        @Override
        public Set<String> optionalParameters() {
            return step.optionalParameters();
        }

        @Override
        public boolean takesInput() {
            return step.takesInput();
        }

        @Override
        public void checkParameters(Parameters parameters) {
            step.checkParameters(parameters);
        }
    }
}
