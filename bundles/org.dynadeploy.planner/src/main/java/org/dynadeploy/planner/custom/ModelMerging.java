package org.dynadeploy.planner.custom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One services model and one infrastructure model out of a model set that may hold several (the
 * Disnix XML formats have one of each). Several models are copied together, so references between
 * them stay intact in the copy; the originals are never touched.
 */
final class ModelMerging {

    private ModelMerging() {
    }

    static ServicesModel services(ModelSet models) {
        List<ServicesModel> list = models.servicesModels();
        if (list.size() == 1) return list.get(0);
        ServicesModel merged = ModelFactory.eINSTANCE.createServicesModel();
        for (ServicesModel copy : EcoreUtil.copyAll(list)) {
            merged.getGroups().addAll(new ArrayList<>(copy.getGroups()));
            merged.getServices().addAll(new ArrayList<>(copy.getServices()));
        }
        return merged;
    }

    static InfrastructureModel infrastructure(ModelSet models) {
        List<InfrastructureModel> list = models.infrastructureModels();
        if (list.size() == 1) return list.get(0);
        InfrastructureModel merged = ModelFactory.eINSTANCE.createInfrastructureModel();
        Collection<InfrastructureModel> copies = EcoreUtil.copyAll(list);
        for (InfrastructureModel copy : copies) {
            merged.getTargets().addAll(new ArrayList<>(copy.getTargets()));
        }
        return merged;
    }
}
