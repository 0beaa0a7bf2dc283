package org.dynadeploy.lang.validation;

import java.util.List;

import org.dynadeploy.model.AttrsValue;
import org.dynadeploy.model.AugmentationRule;
import org.dynadeploy.model.Container;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Property;
import org.dynadeploy.model.SecretValue;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;
import org.dynadeploy.model.TargetSelector;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * Rules of every DynaDeploy language. This class is the superclass of each language's
 * validator (the generated Abstract*Validator extends it), so these checks run once per file in
 * whatever language it is written.
 */
public class CommonValidator extends AbstractCommonValidator {

    @Check
    public void checkNotEmpty(Model model) {
        // The policy grammar needs a result, so a policy is never empty; an empty .qos file is a syntax error.
        if (model.eContainer() == null && model.eContents().isEmpty()) {
            warning("empty model file: it declares no " + contentsOf(model) + "; add some or delete the file",
                    model, null, IssueCodes.EMPTY_MODEL);
        }
    }

    private static String contentsOf(Model model) {
        if (model instanceof ServicesModel) return "services, groups or docs";
        if (model instanceof InfrastructureModel) return "targets or augmentation rules";
        if (model instanceof IdResourcesModel) return "id pools";
        if (model instanceof DistributionModel) return "mappings";
        if (model instanceof IdsModel) return "ids";
        return "elements";
    }

    @Check
    public void checkUniqueProperties(Service service) {
        checkUniqueProperties(service.getProperties(), "service '" + service.getName() + "'");
    }

    @Check
    public void checkUniqueProperties(Target target) {
        checkUniqueProperties(target.getProperties(), "target '" + target.getName() + "'");
    }

    @Check
    public void checkUniqueProperties(Container container) {
        checkUniqueProperties(container.getProperties(), "container '" + container.getName() + "'");
    }

    @Check
    public void checkUniqueProperties(AugmentationRule rule) {
        checkUniqueProperties(rule.getProperties(), "augmentation rule '" + rule.getName() + "'");
    }

    @Check
    public void checkUniqueProperties(AttrsValue attrs) {
        checkUniqueProperties(attrs.getProperties(), "this attribute set");
    }

    private void checkUniqueProperties(List<Property> properties, String owner) {
        Duplicates.forEach(properties, Property::getName, (property, other) -> error(
                "property '" + property.getName() + "' is set twice in " + owner + " (also " + Locations.of(other, property)
                        + "); remove one of them",
                property, ModelPackage.Literals.PROPERTY__NAME, IssueCodes.DUPLICATE_PROPERTY, property.getName()));
    }

    @Check
    public void checkSingleClauses(Service service) {
        checkSingleClause(service, ModelPackage.Literals.SERVICE__DESCRIPTION, "description");
        checkSingleClause(service, ModelPackage.Literals.SERVICE__STATEFUL, "stateful");
    }

    @Check
    public void checkSingleClauses(Target target) {
        checkSingleClause(target, ModelPackage.Literals.TARGET__SYSTEM, "system");
        checkSingleClause(target, ModelPackage.Literals.TARGET__NUM_OF_CORES, "cores");
        checkSingleClause(target, ModelPackage.Literals.TARGET__CLIENT_INTERFACE, "clientInterface");
        checkSingleClause(target, ModelPackage.Literals.TARGET__TARGET_PROPERTY, "targetProperty");
    }

    @Check
    public void checkSingleClauses(ServicesModel model) {
        checkSingleClause(model, ModelPackage.Literals.SERVICES_MODEL__DOCS, "docs");
    }

    /**
     * A single-valued feature the grammar lets a user write several times keeps only the last
     * value; the node model still has every occurrence, so the lost ones are marked.
     */
    private void checkSingleClause(EObject owner, EStructuralFeature feature, String clause) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        for (int i = 0; i < nodes.size() - 1; i++) {
            INode node = nodes.get(i);
            acceptError("'" + clause + "' is written more than once here and only the last one counts; remove this one",
                    owner, node.getOffset(), node.getLength(), IssueCodes.DUPLICATE_CLAUSE, clause);
        }
    }

    @Check
    public void checkSecretPlacement(SecretValue secret) {
        AugmentationRule rule = EcoreUtil2.getContainerOfType(secret, AugmentationRule.class);
        if (rule == null) {
            error("secrets belong in augmentation rules so they never enter discovered models; move this property into an 'augment' rule",
                    secret, null, IssueCodes.SECRET_OUTSIDE_AUGMENTATION);
        } else if (EcoreUtil2.getContainerOfType(secret, TargetSelector.class) != null) {
            error("a selector cannot compare with a secret: its value is only read when the model is used; select by a plain value",
                    secret, null, IssueCodes.SECRET_OUTSIDE_AUGMENTATION);
        }
    }
}
