package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdResourcesModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.Policy;
import org.dynadeploy.model.ServicesModel;

/**
 * The model files a planning command was given, by the option that named them. The option says
 * what a file is for: the same folder may be given to {@code -s} and {@code -i}, and each takes
 * only the models of its kind from it.
 */
final class PlanningInputs {

    /** What a file is given for. */
    enum Role {
        SERVICES("-s/--services", ServicesModel.class, "services model", DynaDeployLanguages.SERVICES, "services"),
        INFRASTRUCTURE("-i/--infrastructure", InfrastructureModel.class, "infrastructure model",
                DynaDeployLanguages.INFRASTRUCTURE, "infrastructure"),
        DISTRIBUTION("-d/--distribution", DistributionModel.class, "distribution", DynaDeployLanguages.DISTRIBUTION,
                "distribution"),
        PREVIOUS("--previous", DistributionModel.class, "distribution", DynaDeployLanguages.DISTRIBUTION, "distribution"),
        /** Always our language: dydisnix's QoS models are Nix functions. */
        QOS("-q/--qos", Policy.class, "QoS policy", DynaDeployLanguages.QOS, null),
        ID_RESOURCES("--id-resources", IdResourcesModel.class, "id resources model", DynaDeployLanguages.ID_RESOURCES,
                "id resources"),
        IDS("--ids", IdsModel.class, "ids model", DynaDeployLanguages.IDS, "ids"),
        /** Always our language: augmentation rules live in .infra files. */
        AUGMENT("-a/--augment", InfrastructureModel.class, "infrastructure model with augmentation rules",
                DynaDeployLanguages.INFRASTRUCTURE, null);

        private final String option;
        private final Class<? extends Model> type;
        private final String description;
        private final String extension;
        private final String xmlKind;

        Role(String option, Class<? extends Model> type, String description, String extension, String xmlKind) {
            this.option = option;
            this.type = type;
            this.description = description;
            this.extension = extension;
            this.xmlKind = xmlKind;
        }

        String option() {
            return option;
        }

        Class<? extends Model> type() {
            return type;
        }

        /** "the given files contain no services model (.services file)". */
        String nothingFound() {
            return option + ": the given files contain no " + description + " (." + extension + " file)";
        }

        /** Whether --xml makes this input a Disnix XML file. */
        boolean readsXml() {
            return xmlKind != null;
        }

        /** The Disnix XML kind in messages ("services" for "the services XML file"). */
        String xmlKind() {
            return xmlKind;
        }
    }

    private final boolean xml;
    private final Map<Role, List<Path>> paths = new EnumMap<>(Role.class);

    /** @param xml whether the inputs that have a Disnix XML form are given in it ({@code --xml}) */
    PlanningInputs(boolean xml) {
        this.xml = xml;
    }

    /** Adds files (or, for our languages, folders) for a role; null or empty lists are ignored. */
    PlanningInputs with(Role role, List<Path> files) {
        if (files != null && !files.isEmpty()) {
            paths.computeIfAbsent(role, key -> new ArrayList<>()).addAll(files);
        }
        return this;
    }

    /** Adds one file for a role; null is ignored. */
    PlanningInputs with(Role role, Path file) {
        return file == null ? this : with(role, List.of(file));
    }

    boolean xml() {
        return xml;
    }

    boolean has(Role role) {
        return paths.containsKey(role);
    }

    List<Path> get(Role role) {
        return paths.getOrDefault(role, List.of());
    }

    /** Whether the files of a role are read as Disnix XML. */
    boolean isXml(Role role) {
        return xml && role.readsXml();
    }
}
