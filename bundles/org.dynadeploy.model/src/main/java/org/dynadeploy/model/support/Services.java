package org.dynadeploy.model.support;

import java.util.ArrayList;
import java.util.List;

import org.dynadeploy.model.Group;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;

/** Queries over services models that every module needs. */
public final class Services {

    private Services() {
    }

    /** Every service of a model, at any group depth, in declaration order. */
    public static List<Service> all(ServicesModel model) {
        List<Service> result = new ArrayList<>(model.getServices());
        for (Group group : model.getGroups()) {
            collect(group, result);
        }
        return result;
    }

    /** Every group of a model, at any depth, parents before children. */
    public static List<Group> allGroups(ServicesModel model) {
        List<Group> result = new ArrayList<>();
        for (Group group : model.getGroups()) {
            collectGroups(group, result);
        }
        return result;
    }

    private static void collect(Group group, List<Service> result) {
        result.addAll(group.getServices());
        for (Group child : group.getGroups()) {
            collect(child, result);
        }
    }

    private static void collectGroups(Group group, List<Group> result) {
        result.add(group);
        for (Group child : group.getGroups()) {
            collectGroups(child, result);
        }
    }
}
