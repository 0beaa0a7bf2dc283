package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.ArgumentValue;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.IntArgument;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.StringArgument;
import org.dynadeploy.model.SymbolArgument;
import org.dynadeploy.model.policy.DivideStrategy;
import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.FilterSpec;
import org.dynadeploy.model.policy.ParameterKind;
import org.dynadeploy.model.policy.ParameterSpec;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

/**
 * Checks a filter call against the signature of its filter in the {@link FilterCatalog}: the
 * filter exists, takes (or does not take) an input distribution, and gets exactly its
 * parameters with values of the right kind. Calls of custom filters are not checked: their
 * signature is their implementation's business.
 */
final class FilterCalls {

    private static final int ANY = ValidationMessageAcceptor.INSIGNIFICANT_INDEX;

    private FilterCalls() {
    }

    /** The reference filter a call uses, or empty for a custom or unknown filter. */
    static Optional<FilterSpec> referenceFilter(FilterCall call) {
        return customFilter(call).isPresent() ? Optional.empty() : FilterCatalog.lookup(call.getFilter());
    }

    static Optional<CustomFilter> customFilter(FilterCall call) {
        Policy policy = EcoreUtil2.getContainerOfType(call, Policy.class);
        if (policy == null) {
            return Optional.empty();
        }
        return policy.getFilters().stream().filter(f -> f.getName() != null && f.getName().equals(call.getFilter())).findFirst();
    }

    /** The text of a name-like argument value (a symbol or a string), empty for a number. */
    static Optional<String> text(ArgumentValue value) {
        if (value instanceof SymbolArgument symbol) return Optional.ofNullable(symbol.getSymbol());
        if (value instanceof StringArgument string) return Optional.ofNullable(string.getValue());
        return Optional.empty();
    }

    static void check(FilterCall call, ValidationMessageAcceptor acceptor) {
        if (customFilter(call).isPresent() || call.getFilter() == null) {
            return;
        }
        Optional<FilterSpec> spec = FilterCatalog.lookup(call.getFilter());
        if (spec.isEmpty()) {
            reportUnknownFilter(call, acceptor);
            return;
        }
        checkInput(call, spec.get(), acceptor);
        checkArgumentNames(call, spec.get(), acceptor);
        checkRequiredParameters(call, spec.get(), acceptor);
        for (Argument argument : call.getArguments()) {
            spec.get().parameter(argument.getName()).ifPresent(parameter -> checkValue(argument, parameter, acceptor));
        }
    }

    private static void reportUnknownFilter(FilterCall call, ValidationMessageAcceptor acceptor) {
        List<String> candidates = new ArrayList<>(FilterCatalog.names());
        Policy policy = EcoreUtil2.getContainerOfType(call, Policy.class);
        if (policy != null) {
            policy.getFilters().forEach(f -> candidates.add(f.getName()));
        }
        String name = call.getFilter();
        acceptor.acceptError("unknown filter '" + name + "'" + Suggestions.endOfSentence(name, candidates)
                + " Use a reference filter (" + String.join(", ", FilterCatalog.names())
                + ") or declare a custom one: filter " + name + " = java \"...\"",
                call, ModelPackage.Literals.FILTER_CALL__FILTER, ANY, IssueCodes.UNKNOWN_FILTER, name,
                Suggestions.nearest(name, candidates).orElse(""));
    }

    private static void checkInput(FilterCall call, FilterSpec spec, ValidationMessageAcceptor acceptor) {
        if (spec.takesDistribution() && call.getInput() == null) {
            acceptor.acceptError(spec.name() + " transforms a candidate distribution: give it one first, e.g. "
                    + spec.name() + "(initial" + (spec.parameters().isEmpty() ? "" : ", ...") + ")",
                    call, ModelPackage.Literals.FILTER_CALL__FILTER, ANY, IssueCodes.MISSING_INPUT, spec.name());
        } else if (!spec.takesDistribution() && call.getInput() != null) {
            acceptor.acceptError(spec.name() + " takes no input distribution: it considers every service on every target; remove this argument",
                    call, ModelPackage.Literals.FILTER_CALL__INPUT, ANY, IssueCodes.UNEXPECTED_INPUT, spec.name());
        }
    }

    private static void checkArgumentNames(FilterCall call, FilterSpec spec, ValidationMessageAcceptor acceptor) {
        Duplicates.forEach(call.getArguments(), Argument::getName, (argument, other) -> acceptor.acceptError(
                "'" + argument.getName() + "' is given twice; remove one of them", argument,
                ModelPackage.Literals.ARGUMENT__NAME, ANY, IssueCodes.DUPLICATE_ARGUMENT, argument.getName()));
        for (Argument argument : call.getArguments()) {
            if (argument.getName() == null || spec.parameter(argument.getName()).isPresent()) {
                continue;
            }
            String message = spec.parameters().isEmpty()
                    ? spec.name() + " takes no parameters; remove '" + argument.getName() + "'"
                    : "unknown parameter '" + argument.getName() + "' of " + spec.name()
                            + Suggestions.endOfSentence(argument.getName(), spec.parameterNames()) + " "
                            + spec.name() + " takes " + Suggestions.list(spec.parameterNames(), 10).replace("'", "");
            acceptor.acceptError(message, argument, ModelPackage.Literals.ARGUMENT__NAME, ANY, IssueCodes.UNKNOWN_PARAMETER,
                    argument.getName(), Suggestions.nearest(argument.getName(), spec.parameterNames()).orElse(""));
        }
    }

    private static void checkRequiredParameters(FilterCall call, FilterSpec spec, ValidationMessageAcceptor acceptor) {
        for (ParameterSpec parameter : spec.requiredParameters()) {
            boolean given = call.getArguments().stream().anyMatch(a -> parameter.name().equals(a.getName()));
            if (!given) {
                acceptor.acceptError(spec.name() + " needs the parameter '" + parameter.name() + "' ("
                        + parameter.description() + "); add " + parameter.name() + ": ...",
                        call, ModelPackage.Literals.FILTER_CALL__FILTER, ANY, IssueCodes.MISSING_PARAMETER, parameter.name());
            }
        }
    }

    private static void checkValue(Argument argument, ParameterSpec parameter, ValidationMessageAcceptor acceptor) {
        Optional<String> text = text(argument.getValue());
        if (parameter.kind() == ParameterKind.STRATEGY) {
            String strategies = "greedy, highest-bidder or lowest-bidder";
            if (text.isEmpty()) {
                acceptor.acceptError("strategy must be one of " + strategies + ", not the number "
                        + ((IntArgument) argument.getValue()).getValue(), argument, ModelPackage.Literals.ARGUMENT__VALUE,
                        ANY, IssueCodes.WRONG_ARGUMENT_TYPE, parameter.name());
            } else if (DivideStrategy.of(text.get()).isEmpty()) {
                Optional<String> nearest = Suggestions.nearest(text.get(), DivideStrategy.literals());
                acceptor.acceptError("unknown strategy '" + text.get() + "'"
                        + nearest.map(n -> "; did you mean '" + n + "'? Use ").orElse("; use ") + strategies,
                        argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.UNKNOWN_STRATEGY, text.get(),
                        nearest.orElse(""));
            }
        } else if (parameter.kind() == ParameterKind.CHOICE) {
            String choices = String.join(", ", parameter.allowedValues());
            if (text.isEmpty() || !parameter.allowedValues().contains(text.get())) {
                acceptor.acceptError(parameter.name() + " must be one of " + choices + ", not '"
                        + text.orElseGet(() -> String.valueOf(((IntArgument) argument.getValue()).getValue())) + "'",
                        argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.UNKNOWN_CHOICE, parameter.name());
            }
        } else if (parameter.namesProperty()) {
            String owner = parameter.kind() == ParameterKind.PROPERTY_OF_SERVICE ? "a service" : "a target";
            if (text.isEmpty()) {
                acceptor.acceptError(parameter.name() + " names a property of " + owner + "; write its name, not the number "
                        + ((IntArgument) argument.getValue()).getValue(), argument, ModelPackage.Literals.ARGUMENT__VALUE,
                        ANY, IssueCodes.WRONG_ARGUMENT_TYPE, parameter.name());
            } else if (text.get().isEmpty()) {
                acceptor.acceptError(parameter.name() + " names a property of " + owner + " and cannot be empty",
                        argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.WRONG_ARGUMENT_TYPE, parameter.name());
            }
        }
    }
}
