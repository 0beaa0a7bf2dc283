package org.dynadeploy.lang.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ListValue;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.Value;
import org.dynadeploy.model.policy.FilterSpec;
import org.dynadeploy.model.policy.ParameterKind;
import org.dynadeploy.model.policy.ParameterSpec;
import org.dynadeploy.model.policy.ServiceAttributes;
import org.dynadeploy.model.support.Properties;
import org.dynadeploy.model.support.Values;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;

import com.google.inject.Inject;

/**
 * Checks the properties a policy names against the loaded services and targets: that some
 * service or target has them, that none lacks them (dydisnix fails on a missing attribute), and
 * that their values have the shape the filter reads (numbers for divide, lists for mapAttrOnList).
 * Without loaded services (or targets) there is nothing to check against, and nothing is reported.
 */
public class PolicyProperties {

    private static final int ANY = ValidationMessageAcceptor.INSIGNIFICANT_INDEX;

    @Inject
    private ModelIndex index;

    /** One value of the property, and whose it is ("service 'a'", "augmentation rule 'r'"). */
    private record Holder(String owner, Value value) {
    }

    public void check(FilterCall call, ValidationMessageAcceptor acceptor) {
        Optional<FilterSpec> spec = FilterCalls.referenceFilter(call);
        if (spec.isEmpty()) {
            return;
        }
        for (Argument argument : call.getArguments()) {
            Optional<ParameterSpec> parameter = spec.get().parameter(argument.getName());
            Optional<String> property = FilterCalls.text(argument.getValue());
            if (parameter.isEmpty() || !parameter.get().namesProperty() || property.isEmpty() || property.get().isEmpty()) {
                continue;
            }
            if (parameter.get().kind() == ParameterKind.PROPERTY_OF_SERVICE) {
                checkServiceProperty(spec.get(), parameter.get(), argument, property.get(), acceptor);
            } else {
                checkTargetProperty(spec.get(), parameter.get(), argument, property.get(), acceptor);
            }
        }
    }

    private void checkServiceProperty(FilterSpec filter, ParameterSpec parameter, Argument argument, String property,
            ValidationMessageAcceptor acceptor) {
        List<Service> services = index.services(argument);
        if (services.isEmpty()) {
            return;
        }
        List<Holder> holders = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Service service : services) {
            Map<String, Value> attributes = ServiceAttributes.of(service);
            known.addAll(attributes.keySet());
            Value value = attributes.get(property);
            if (value == null) {
                lacking.add(service.getName());
            } else {
                holders.add(new Holder("service '" + service.getName() + "'", value));
            }
        }
        if (holders.isEmpty()) {
            acceptor.acceptWarning("no service has a property '" + property + "'" + suggestion(property, known),
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.UNKNOWN_SERVICE_PROPERTY, property,
                    Suggestions.nearest(property, known).orElse(""));
            return;
        }
        reportLacking(filter, argument, property, lacking, "service", acceptor);
        checkShape(filter, parameter, argument, property, holders, acceptor);
    }

    private void checkTargetProperty(FilterSpec filter, ParameterSpec parameter, Argument argument, String property,
            ValidationMessageAcceptor acceptor) {
        List<Target> targets = index.targets(argument);
        if (targets.isEmpty()) {
            return;
        }
        Augmentations augmentations = Augmentations.of(index.roots(argument, InfrastructureModel.class));
        List<Holder> holders = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        Set<String> known = new TreeSet<>(augmentations.propertyNames());
        for (Target target : targets) {
            target.getProperties().forEach(p -> known.add(p.getName()));
            Properties.get(target.getProperties(), property)
                    .ifPresent(value -> holders.add(new Holder("target '" + target.getName() + "'", value)));
            if (!augmentations.hasProperty(target, property)) {
                lacking.add(target.getName());
            }
        }
        for (AugmentationRule rule : augmentations.rules()) {
            Properties.get(rule.getProperties(), property)
                    .ifPresent(value -> holders.add(new Holder("augmentation rule '" + rule.getName() + "'", value)));
        }
        if (holders.isEmpty()) {
            acceptor.acceptWarning("no target has a property '" + property + "'" + suggestion(property, known),
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.UNKNOWN_TARGET_PROPERTY, property,
                    Suggestions.nearest(property, known).orElse(""));
            return;
        }
        reportLacking(filter, argument, property, lacking, "target", acceptor);
        checkShape(filter, parameter, argument, property, holders, acceptor);
    }

    private static String suggestion(String property, Set<String> known) {
        Optional<String> nearest = Suggestions.nearest(property, known);
        if (nearest.isPresent()) {
            return "; did you mean '" + nearest.get() + "'?";
        }
        return known.isEmpty() ? "" : "; they have " + Suggestions.list(known, 8);
    }

    private static void reportLacking(FilterSpec filter, Argument argument, String property, List<String> lacking,
            String kind, ValidationMessageAcceptor acceptor) {
        if (lacking.isEmpty()) {
            return;
        }
        String subject = lacking.size() == 1 ? kind + " " + Suggestions.list(lacking, 5) + " has"
                : kind + "s " + Suggestions.list(lacking, 5) + " have";
        acceptor.acceptWarning(subject + " no property '" + property + "'; dydisnix's " + filter.name() + " fails on a "
                + kind + " without it: add it" + (lacking.size() == 1 ? "" : " to them"),
                argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.PROPERTY_MISSING, property);
    }

    private static void checkShape(FilterSpec filter, ParameterSpec parameter, Argument argument, String property,
            List<Holder> holders, ValidationMessageAcceptor acceptor) {
        List<Holder> known = holders.stream().filter(h -> !(h.value() instanceof SecretValue)).toList();
        switch (parameter.shape()) {
            case NUMBER -> firstWhere(known, h -> !Values.isNumber(h.value())).ifPresent(h -> acceptor.acceptError(
                    filter.name() + " reads '" + property + "' as a number, but " + h.owner() + " has " + article(h.value())
                            + "; give every " + ownerKind(parameter) + " a number",
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.PROPERTY_NOT_NUMBER, property));
            case LIST -> firstWhere(known, h -> !(h.value() instanceof ListValue)).ifPresent(h -> acceptor.acceptWarning(
                    filter.name() + " reads '" + property + "' as a list, but " + h.owner() + " has " + article(h.value())
                            + "; write it as a list, e.g. [\"a\", \"b\"]",
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.PROPERTY_NOT_LIST, property));
            case ORDERABLE -> checkOrderable(filter, argument, property, known, acceptor);
            case ANY -> {
            }
        }
    }

    private static void checkOrderable(FilterSpec filter, Argument argument, String property, List<Holder> holders,
            ValidationMessageAcceptor acceptor) {
        Optional<Holder> unorderable = firstWhere(holders, h -> !Values.isNumber(h.value()) && !(h.value() instanceof StringValue));
        if (unorderable.isPresent()) {
            acceptor.acceptError(filter.name() + " sorts by '" + property + "', but " + unorderable.get().owner() + " has "
                    + article(unorderable.get().value()) + ", which cannot be compared; use numbers (or strings) everywhere",
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.PROPERTY_NOT_ORDERABLE, property);
            return;
        }
        Optional<Holder> number = firstWhere(holders, h -> Values.isNumber(h.value()));
        Optional<Holder> string = firstWhere(holders, h -> h.value() instanceof StringValue);
        if (number.isPresent() && string.isPresent()) {
            acceptor.acceptError(filter.name() + " cannot compare numbers with strings: " + number.get().owner() + " has "
                    + article(number.get().value()) + " '" + property + "', " + string.get().owner() + " a string; use one type everywhere",
                    argument, ModelPackage.Literals.ARGUMENT__VALUE, ANY, IssueCodes.PROPERTY_NOT_ORDERABLE, property);
        }
    }

    private static Optional<Holder> firstWhere(List<Holder> holders, java.util.function.Predicate<Holder> condition) {
        return holders.stream().filter(condition).findFirst();
    }

    private static String ownerKind(ParameterSpec parameter) {
        return parameter.kind() == ParameterKind.PROPERTY_OF_SERVICE ? "service" : "target";
    }

    private static final Map<String, String> ARTICLES = Map.of("int", "an int", "attrs", "an attribute set");

    /** "a string", "an int", "an attribute set": the type of a value for messages. */
    static String article(Value value) {
        String type = Values.typeName(value);
        return ARTICLES.getOrDefault(type, "a " + type);
    }
}
