package org.dynadeploy.lang.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.IdResource;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.StringValue;
import org.dynadeploy.model.support.Services;
import org.dynadeploy.model.support.Values;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/** Rules of services models: unique names, an acyclic dependsOn graph, well-typed attributes, known id resources. */
public class ServicesValidator extends AbstractServicesValidator {

    /** Attributes with their own syntax, and how to write them. */
    private static final Map<String, String> DEDICATED = Map.of(
            "name", "the name is written after 'service'",
            "type", "write the type after the name: service x : <type>",
            "description", "write description \"...\"",
            "stateful", "write the flag stateful",
            "dependsOn", "write dependsOn a, b",
            "connectsTo", "write connectsTo a, b",
            "group", "put the service in a group block",
            "requiresUniqueIdsFor", "write ids ports, uids");

    @Inject
    private GlobalNames globalNames;

    @Inject
    private ModelIndex index;

    @Check(CheckType.NORMAL)
    public void checkUniqueServiceNames(ServicesModel model) {
        globalNames.checkServices(model, this);
    }

    @Check
    public void checkUniqueGroupNames(ServicesModel model) {
        checkSiblingGroups(model.getGroups());
    }

    @Check
    public void checkUniqueGroupNames(Group group) {
        checkSiblingGroups(group.getGroups());
    }

    private void checkSiblingGroups(List<Group> siblings) {
        Duplicates.forEach(siblings, Group::getName, (group, other) -> error(
                "duplicate group '" + group.getName() + "' (also " + Locations.of(other, group)
                        + "); merge the two blocks into one",
                group, ModelPackage.Literals.NAMED__NAME, IssueCodes.DUPLICATE_GROUP, group.getName()));
    }

    @Check(CheckType.NORMAL)
    public void checkAcyclicDependencies(ServicesModel model) {
        for (Map.Entry<Service, DependencyCycles.Cycle> entry : DependencyCycles.of(Services.all(model)).entrySet()) {
            DependencyCycles.Cycle cycle = entry.getValue();
            error("dependsOn cycle: " + cycle.describe()
                    + "; activation order needs a DAG: remove one dependency or use connectsTo",
                    entry.getKey(), ModelPackage.Literals.SERVICE__DEPENDS_ON, cycle.dependencyIndex(),
                    IssueCodes.DEPENDS_ON_CYCLE, cycle.services().stream().map(Service::getName).toArray(String[]::new));
        }
    }

    @Check
    public void checkDistinctDependencies(Service service) {
        checkDistinct(service, service.getDependsOn(), ModelPackage.Literals.SERVICE__DEPENDS_ON, "dependsOn");
        checkDistinct(service, service.getConnectsTo(), ModelPackage.Literals.SERVICE__CONNECTS_TO, "connectsTo");
    }

    private void checkDistinct(Service service, List<Service> references, EReference feature, String keyword) {
        for (int i = 0; i < references.size(); i++) {
            Service reference = references.get(i);
            if (!reference.eIsProxy() && references.subList(0, i).contains(reference)) {
                warning("'" + reference.getName() + "' is listed twice in " + keyword + " of '" + service.getName()
                        + "'; remove the second one", service, feature, i, IssueCodes.DUPLICATE_DEPENDENCY);
            }
        }
    }

    @Check
    public void checkProperties(Service service) {
        for (Property property : service.getProperties()) {
            String hint = DEDICATED.get(property.getName());
            if (hint != null) {
                error("'" + property.getName() + "' has its own syntax and cannot be a property of a service: " + hint,
                        property, ModelPackage.Literals.PROPERTY__NAME, IssueCodes.RESERVED_PROPERTY, property.getName());
            } else if ("providesContainer".equals(property.getName()) && !(property.getValue() instanceof StringValue)) {
                error("'providesContainer' names the container this service provides and must be a string, not "
                        + Values.typeName(property.getValue()), property, ModelPackage.Literals.PROPERTY__VALUE,
                        IssueCodes.WRONG_PROPERTY_TYPE, property.getName());
            } else if ("providesContainers".equals(property.getName()) && !(property.getValue() instanceof AttrsValue)) {
                error("'providesContainers' maps each provided container to its properties and must be an attribute set { ... }, not "
                        + Values.typeName(property.getValue()), property, ModelPackage.Literals.PROPERTY__VALUE,
                        IssueCodes.WRONG_PROPERTY_TYPE, property.getName());
            }
        }
    }

    @Check(CheckType.NORMAL)
    public void checkKnownIdResources(ServicesModel model) {
        if (index.roots(model, IdResourcesModel.class).isEmpty()) {
            return; // no id resources model loaded: nothing to check against
        }
        Set<String> known = new java.util.TreeSet<>(index.idResources(model).stream().map(IdResource::getName).toList());
        for (Service service : Services.all(model)) {
            checkKnownIdResources(service, known);
        }
    }

    private void checkKnownIdResources(Service service, Set<String> known) {
        for (int i = 0; i < service.getRequiresIds().size(); i++) {
            String name = service.getRequiresIds().get(i);
            if (!known.contains(name)) {
                error("unknown id resource '" + name + "'" + Suggestions.endOfSentence(name, known)
                        + " Define it in an .idres file (pool " + name + " 1000..2000) or fix the name",
                        service, ModelPackage.Literals.SERVICE__REQUIRES_IDS, i, IssueCodes.UNKNOWN_ID_RESOURCE, name,
                        Suggestions.nearest(name, known).orElse(""));
            }
        }
    }
}
