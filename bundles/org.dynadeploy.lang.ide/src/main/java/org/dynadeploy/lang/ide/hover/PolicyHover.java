package org.dynadeploy.lang.ide.hover;

import java.util.Optional;

import org.dynadeploy.model.Argument;
import org.dynadeploy.model.CustomFilter;
import org.dynadeploy.model.FilterCall;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.Scope;
import org.dynadeploy.model.policy.FilterCatalog;
import org.dynadeploy.model.policy.FilterSpec;
import org.dynadeploy.model.policy.ParameterSpec;
import org.eclipse.xtext.EcoreUtil2;

/** Filters (reference or custom), their parameters, and id pools: what they do, from the filter catalog. */
final class PolicyHover {

    private PolicyHover() {
    }

    static String of(FilterCall call) {
        Optional<CustomFilter> custom = customFilter(call);
        if (custom.isPresent()) {
            return of(custom.get());
        }
        return FilterCatalog.lookup(call.getFilter()).map(PolicyHover::of).orElse("");
    }

    static String of(FilterSpec filter) {
        Markdown text = new Markdown().title("filter", filter.name(), null);
        text.paragraph(filter.summary());
        text.line("input", filter.takesDistribution() ? "a candidate distribution" : "none (every service on every target)");
        filter.tool().ifPresent(tool -> text.line("dydisnix", Markdown.code(tool)));
        for (ParameterSpec parameter : filter.parameters()) {
            text.line(parameter.name(), Markdown.escape(parameter.description()) + (parameter.required() ? "" : " (optional)"));
        }
        return text.toString();
    }

    static String of(CustomFilter filter) {
        Markdown text = new Markdown().title(filter.getKind() == null ? "filter" : filter.getKind().getLiteral() + " filter",
                filter.getName(), null);
        text.line("implementation", filter.getImplementation() == null ? "" : Markdown.code(filter.getImplementation()));
        text.line("arguments", String.join(" ", filter.getArguments()));
        return text.toString();
    }

    static String of(Argument argument) {
        if (!(argument.eContainer() instanceof FilterCall call) || customFilter(call).isPresent()) {
            return "";
        }
        return FilterCatalog.lookup(call.getFilter()).flatMap(f -> f.parameter(argument.getName()))
                .map(p -> new Markdown().title("parameter", p.name(), null).paragraph(p.description())
                        .codes("values", p.allowedValues()).toString())
                .orElse("");
    }

    static String of(IdResource pool) {
        Scope scope = pool.getScope() == null ? Scope.GLOBAL : pool.getScope();
        return new Markdown().title("id pool", pool.getName(), null)
                .line("ids", pool.getMin() + " to " + pool.getMax() + (pool.getStep() > 1 ? ", step " + pool.getStep() : ""))
                .line("unique", scope == Scope.GLOBAL ? "across the deployment" : "per target machine")
                .toString();
    }

    private static Optional<CustomFilter> customFilter(FilterCall call) {
        Policy policy = EcoreUtil2.getContainerOfType(call, Policy.class);
        return policy == null ? Optional.empty()
                : policy.getFilters().stream().filter(f -> f.getName() != null && f.getName().equals(call.getFilter())).findFirst();
    }
}
