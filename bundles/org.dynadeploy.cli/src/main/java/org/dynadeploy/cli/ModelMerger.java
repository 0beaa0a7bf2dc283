package org.dynadeploy.cli;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.Group;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.GroupPaths;
import org.dynadeploy.model.support.Services;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Merges the models of one kind that several files declare into one model, as the Disnix writers
 * take one model. The files' models are copied (references keep pointing at the loaded
 * services and targets, which is all the writers need), so the loaded resources stay intact.
 */
final class ModelMerger {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ModelMerger() {
    }

    /** Services by group path; groups of the same path are one group (first title wins). */
    static ServicesModel services(List<ServicesModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        ServicesModel merged = FACTORY.createServicesModel();
        for (ServicesModel model : EcoreUtil.copyAll(models)) {
            for (Group group : Services.allGroups(model)) {
                Group target = group(merged, GroupPaths.of(group));
                if (target.getTitle() == null) target.setTitle(group.getTitle());
                if (target.getDescription() == null) target.setDescription(group.getDescription());
            }
            for (Service service : Services.all(model)) {
                GroupPaths.servicesListFor(merged, GroupPaths.of(service)).add(service);
            }
            if (model.getDocs() != null) {
                mergeDocs(merged, model.getDocs());
            }
        }
        return merged;
    }

    static InfrastructureModel infrastructure(List<InfrastructureModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        InfrastructureModel merged = FACTORY.createInfrastructureModel();
        for (InfrastructureModel model : EcoreUtil.copyAll(models)) {
            merged.getTargets().addAll(model.getTargets());
            merged.getAugmentations().addAll(model.getAugmentations());
        }
        return merged;
    }

    static DistributionModel distribution(List<DistributionModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        DistributionModel merged = FACTORY.createDistributionModel();
        for (DistributionModel model : EcoreUtil.copyAll(models)) {
            merged.getMappings().addAll(model.getMappings());
        }
        return merged;
    }

    static IdResourcesModel idResources(List<IdResourcesModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        IdResourcesModel merged = FACTORY.createIdResourcesModel();
        for (IdResourcesModel model : EcoreUtil.copyAll(models)) {
            merged.getResources().addAll(model.getResources());
        }
        return merged;
    }

    static IdsModel ids(List<IdsModel> models) {
        if (models.size() == 1) {
            return models.get(0);
        }
        IdsModel merged = FACTORY.createIdsModel();
        for (IdsModel model : EcoreUtil.copyAll(models)) {
            merged.getResources().addAll(model.getResources());
            merged.getLastAssignments().addAll(model.getLastAssignments());
            merged.getTargets().addAll(model.getTargets());
        }
        return merged;
    }

    private static void mergeDocs(ServicesModel merged, DocsConfig docs) {
        if (merged.getDocs() == null) {
            merged.setDocs(docs);
            return;
        }
        DocsConfig into = merged.getDocs();
        for (String field : docs.getFields()) {
            if (!into.getFields().contains(field)) into.getFields().add(field);
        }
        into.getHeaders().addAll(new ArrayList<>(docs.getHeaders()));
        into.getGroupTitles().addAll(new ArrayList<>(docs.getGroupTitles()));
    }

    /** The group of a path in the merged model, created (with its parents) when missing. */
    private static Group group(ServicesModel model, String path) {
        EList<Group> siblings = model.getGroups();
        Group group = null;
        for (String segment : GroupPaths.segments(path)) {
            group = siblings.stream().filter(g -> segment.equals(g.getName())).findFirst().orElse(null);
            if (group == null) {
                group = FACTORY.createGroup();
                group.setName(segment);
                siblings.add(group);
            }
            siblings = group.getGroups();
        }
        return group;
    }
}
